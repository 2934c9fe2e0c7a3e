package org.breachresponse.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceTest {

  enum Remedy { CLEANED, RE_IMAGED, REPLACED }

  private final List<FieldError> errors = new ArrayList<>();

  @Test
  void aChoiceIsAConstantNamedExactly() {
    assertThat(Choice.read("remedy", " RE_IMAGED ", Remedy.class, "one of the remedies", errors))
        .isEqualTo(Remedy.RE_IMAGED);
    assertThat(errors).isEmpty();
  }

  @Test
  void anUnknownLowerCaseOrMissingChoiceIsAnErrorNamingTheField() {
    assertThat(Choice.read("remedy", "WIPED", Remedy.class, "one of the remedies", errors)).isNull();
    assertThat(Choice.read("remedy", "cleaned", Remedy.class, "one of the remedies", errors)).isNull();
    assertThat(Choice.read("scanResult", null, Remedy.class, "required", errors)).isNull();

    assertThat(errors).containsExactly(new FieldError("remedy", "one of the remedies"),
        new FieldError("remedy", "one of the remedies"), new FieldError("scanResult", "required"));
  }

  @Test
  void ifAnyThrowsEveryErrorAtOnceAndNothingWhenThereIsNone() {
    InvalidInputException.ifAny(errors);
    errors.add(new FieldError("a", "x"));
    errors.add(new FieldError("b", "y"));

    assertThatThrownBy(() -> InvalidInputException.ifAny(errors)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("a", "b"));
  }
}
