package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.breachresponse.process.IncidentReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"BR-2026-0001", "BR-1999-0001"})
  void aReferenceInThePathIsRead(String text) {
    assertThat(PathReference.of(text)).isEqualTo(IncidentReference.of(text));
  }

  /** As an unknown reference is answered: 404 naming {@code reference}, the text not repeated back. */
  @ParameterizedTest
  @ValueSource(strings = {"br-2026-0001", "BR-2026-1", "x", "<script>", ""})
  void textThatIsNoReferenceIsNoIncident(String text) {
    assertThatThrownBy(() -> PathReference.of(text)).isInstanceOfSatisfying(IncidentNotFoundException.class, e -> {
      assertThat(e.field()).isEqualTo("reference");
      assertThat(e.getMessage()).isEqualTo("No incident with reference like that");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"XY-2026-0001", "AB-1234-567890"})
  void textShapedLikeAReferenceIsRepeatedBackAsBefore(String text) {
    assertThatThrownBy(() -> PathReference.of(text)).isInstanceOfSatisfying(IncidentNotFoundException.class,
        e -> assertThat(e.getMessage()).isEqualTo("No incident with reference " + text));
  }
}
