package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A practice's id is its Camunda tenant id: a lowercase slug of 2 to 40 characters. */
class PracticeIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"practice", "bright-smiles", "b2", "smile-4-you", "a1-b2-c3"})
  void slugsAreIds(String text) {
    assertThat(PracticeId.parse("practice", text).value()).isEqualTo(text);
    assertThat(PracticeId.valid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "Bright", "bright_smiles", "bright smiles", "-a", "a-", "a--b", "a.b", "é-x", "a/b",
      " practice", "practice\n", "ｐractice"})
  void otherTextIsRefusedNamingTheField(String text) {
    InvalidInputException refused = catchThrowableOfType(() -> PracticeId.parse("practice", text),
        InvalidInputException.class);
    assertThat(refused.errors()).containsExactly(new FieldError("practice", PracticeId.RULE_TEXT));
    assertThat(PracticeId.valid(text)).isFalse();
    assertThatThrownBy(() -> new PracticeId(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void atMostFortyCharacters() {
    assertThat(PracticeId.valid("a".repeat(40))).isTrue();
    assertThat(PracticeId.valid("a".repeat(41))).isFalse();
  }

  @Test
  void missingIdIsRequired() {
    for (String missing : new String[] {null, "", "  "}) {
      InvalidInputException refused = catchThrowableOfType(() -> PracticeId.parse("id", missing),
          InvalidInputException.class);
      assertThat(refused.errors()).containsExactly(new FieldError("id", "is required"));
    }
  }

  @Test
  void itPrintsAsItsValue() {
    assertThat(new PracticeId("bright-smiles")).hasToString("bright-smiles");
  }
}
