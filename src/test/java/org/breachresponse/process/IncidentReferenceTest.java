package org.breachresponse.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Year;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentReferenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"BR-2026-0001", "BR-1999-0001", "BR-2026-9999", "BR-2026-123456"})
  void aReferenceIsItsText(String text) {
    IncidentReference reference = IncidentReference.of(text);

    assertThat(reference.value()).isEqualTo(text);
    assertThat(reference).hasToString(text);
    assertThat(IncidentReference.parse(text)).contains(reference);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "br-2026-0001", "BR-2026-001", "BR-26-0001", "BR-2026-1234567", " BR-2026-0001",
      "BR-2026-0001\n", "XY-2026-0001", "BR-2026-0001/x", "BR-\uFF11\uFF19\uFF19\uFF19-0001"})
  void textThatIsNotAReferenceIsRefusedNamingTheField(String text) {
    assertThat(IncidentReference.parse(text)).isEmpty();
    assertThatThrownBy(() -> IncidentReference.of(text)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reference"));
  }

  @Test
  void noTextIsNoReference() {
    assertThat(IncidentReference.parse(null)).isEmpty();
    assertThatThrownBy(() -> IncidentReference.of(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theYearsNumberHasFourDigitsAtLeast() {
    assertThat(IncidentReference.of(Year.of(2026), 1)).isEqualTo(IncidentReference.of("BR-2026-0001"));
    assertThat(IncidentReference.of(Year.of(2026), 12345).value()).isEqualTo("BR-2026-12345");
  }

  @Test
  void jsonWritesThePlainText() throws Exception {
    record View(IncidentReference reference) {
    }

    assertThat(new ObjectMapper().writeValueAsString(new View(IncidentReference.of("BR-2026-0001"))))
        .isEqualTo("{\"reference\":\"BR-2026-0001\"}");
  }
}
