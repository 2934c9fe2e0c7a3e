package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.breachresponse.process.IncidentReference;

/** What the API and the start form refuse, field by field (the service's Bean Validation). */
class IncidentReportValidationTest {

  private final InMemoryIncidentService service = new InMemoryIncidentService();

  @Test
  void completeReportIsAccepted() {
    Incident incident = service.register(new IncidentReport("Maria", LocalDate.now(), List.of(Sign.MODIFIED_DATA),
        null, "Patient balances changed"), "front-desk");
    assertThat(incident.reference().value()).matches("BR-\\d{4}-0001");
  }

  @Test
  void discoveryInTheFutureIsRefused() {
    assertThatThrownBy(() -> service.register(new IncidentReport("Maria", LocalDate.now().plusDays(1),
        List.of(Sign.MODIFIED_DATA), null, "x"), "front-desk"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("discoveryDate:");
  }

  @Test
  void everyMissingFieldIsNamed() {
    InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> service.register(new IncidentReport(null, null, null, "x".repeat(501), ""), "front-desk"));
    assertThat(refused.errors()).extracting(FieldError::field)
        .containsExactly("description", "discoveryDate", "otherSigns", "reportedBy", "signs");
  }
}
