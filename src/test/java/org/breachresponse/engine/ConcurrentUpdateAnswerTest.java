package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** The engine REST API answers a concurrent update 503 with Retry-After, in Camunda's error shape. */
class ConcurrentUpdateAnswerTest {

  @Test
  void optimisticLockingFromTheEngineIs503() {
    Response response = new PracticeScopedEngineExceptionHandler().toResponse(
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[1]' failed"));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).hasToString("1");
    assertThat(response.getMediaType().toString()).isEqualTo("application/json");
    ExceptionDto body = (ExceptionDto) response.getEntity();
    assertThat(body.getType()).isEqualTo("OptimisticLockingException");
    assertThat(body.getMessage()).contains("Send it again");
  }

  @Test
  void aFormSubmissionThatLostTheRaceIs503() {
    Response response = new RefusedFormInputHandler().toResponse(new RestException(
        Response.Status.INTERNAL_SERVER_ERROR, new OptimisticLockingException("ENGINE-03005"), "Cannot submit task form"));
    assertThat(response.getStatus()).isEqualTo(503);
  }

  @Test
  void aCommitThatTimedOutOnALockIs503() {
    RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.initCause(new SQLException("Timeout trying to lock table", "HYT00", 50200));

    Response response = new EngineFailureHandler().toResponse(rollback);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).hasToString("1");
    assertThat(((ExceptionDto) response.getEntity()).getType()).isEqualTo("ConcurrentUpdateException");
  }

  @Test
  void otherFailuresKeepCamundasAnswer() {
    Response engine = new PracticeScopedEngineExceptionHandler().toResponse(new ProcessEngineException("broken"));
    assertThat(engine.getStatus()).isEqualTo(500);
    assertThat(engine.getHeaders()).doesNotContainKey("Retry-After");

    Response other = new EngineFailureHandler().toResponse(new IllegalStateException("broken"));
    assertThat(other.getStatus()).isEqualTo(500);
    assertThat(((ExceptionDto) other.getEntity()).getType()).isEqualTo("IllegalStateException");
  }

  @Test
  void bothEngineApplicationsUseTheseHandlers() {
    assertThat(new EngineRestApplication().getClasses()).contains(EngineFailureHandler.class,
        PracticeScopedEngineExceptionHandler.class, RefusedFormInputHandler.class)
        .doesNotContain(org.camunda.bpm.engine.rest.exception.ExceptionHandler.class);
  }
}
