package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * The engine REST API answers another practice's object exactly as a missing one (PracticeIsolationWalkIT checks
 * the answers in the server): the exceptions are those the engine and Camunda's REST resources throw.
 */
class NotFoundOrOtherPracticeTest {

  private static final String OTHER_PRACTICE =
      "ENGINE-13034 Cannot work on task '6b65' because it belongs to no authenticated tenant.";

  @Test
  void anotherPracticesObjectCountsAsMissing() {
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(new ProcessEngineException(OTHER_PRACTICE))).isTrue();
  }

  @Test
  void camundasManyWordsForMissingAllCount() {
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(new NotFoundException("Cannot find task with id x"))).isTrue();
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(
        new BadUserRequestException("Cannot find task with id 'x'.: task is null"))).isTrue();
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(
        new NullValueException("execution x doesn't exist: execution is null"))).isTrue();
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(new InvalidRequestException(
        Response.Status.INTERNAL_SERVER_ERROR, "ENGINE-13053 No job found with id 'x'.'"))).isTrue();
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(new RestException(
        Response.Status.INTERNAL_SERVER_ERROR, new ProcessEngineException(OTHER_PRACTICE), "Cannot complete task x"))).isTrue();
  }

  @Test
  void aRefusalOfOnesOwnPracticesObjectAndBadInputKeepCamundasAnswer() {
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(
        new AuthorizationException("front-desk", "UPDATE", "Task", "x"))).isFalse();
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(new NullValueException("userId is null"))).isFalse();
    assertThat(NotFoundOrOtherPractice.isMissingOrOtherPractice(new ProcessEngineException("Something else broke")))
        .isFalse();
  }
}
