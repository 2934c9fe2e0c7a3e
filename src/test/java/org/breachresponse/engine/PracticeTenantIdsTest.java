package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.stream.Stream;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.NotInAnyPracticeException;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeInactiveException;
import org.breachresponse.practice.PracticeNotFoundException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A practice refused when the Tasklist starts an incident reaches the start form as "Practice: …": the engine's
 * message starts with {@code practice:}, and the engine REST API's handler finds the labelled refusal among the
 * causes of Camunda's wrapping exception.
 */
class PracticeTenantIdsTest {

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(new PracticeNotFoundException("practice", "bright-smiles"),
            "No practice bright-smiles that you belong to"),
        Arguments.of(new PracticeInactiveException("practice", new PracticeId("bright-smiles")),
            "Practice bright-smiles is deactivated and takes no new incidents"),
        Arguments.of(new InvalidInputException("practice", "is required: you belong to several practices (a, b)"),
            "is required: you belong to several practices (a, b)"),
        Arguments.of(new NotInAnyPracticeException("front-desk"),
            new NotInAnyPracticeException("front-desk").getMessage()));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aRefusedPracticeIsNamedByItsLabelOnTheStartForm(RuntimeException refused, String reason) {
    ProcessEngineException engineRefusal = PracticeTenantIds.refusal(PracticeTenantIds.reason(refused));
    assertThat(engineRefusal).hasMessage("practice: " + reason);

    RestException answered = new RestException(Response.Status.INTERNAL_SERVER_ERROR, engineRefusal,
        "Cannot instantiate process definition: " + engineRefusal.getMessage());
    assertThat(RefusedFormInputHandler.refusedInput(answered))
        .get().extracting(Throwable::getMessage).isEqualTo("Practice: " + reason);
  }
}
