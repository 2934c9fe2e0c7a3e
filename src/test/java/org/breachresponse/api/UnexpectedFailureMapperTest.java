package org.breachresponse.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.breachresponse.input.Problem;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * What our API answers for a failure no other mapper answers: the commit's RollbackException of a report that
 * lost a race was answered with RESTEasy's bare "ARJUNA016053: Could not commit transaction.".
 */
class UnexpectedFailureMapperTest {

  private final UnexpectedFailureMapper mapper = new UnexpectedFailureMapper();

  @Test
  void aCommitThatLostARaceIsA503ProblemWithRetryAfter() {
    Response response = mapper.toResponse(rollback(new PersistenceException("could not execute statement",
        new SQLException("Timeout trying to lock table", "HYT00", 50200))));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).hasToString("1");
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.type()).isEqualTo("urn:breach-response:problem:concurrent-update");
    assertThat(problem.detail()).contains("Send it again").doesNotContain("ARJUNA");
  }

  @Test
  void camundasOptimisticLockingIsA503Too() {
    Response response = mapper.toResponse(new ProcessEngineException("Cannot complete task",
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[abc]' failed")));
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaders().getFirst("Retry-After")).hasToString("1");
  }

  @Test
  void anyOtherFailureIsA500ProblemNamingAnErrorIdNotTheFailuresText() {
    Response response = mapper.toResponse(rollback(new PersistenceException("duplicate key",
        new SQLException("duplicate key value violates unique constraint", "23505"))));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getHeaders()).doesNotContainKey("Retry-After");
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.detail()).matches("The server could not answer this request; it logged the failure as error"
        + " [0-9a-f]{8}").doesNotContain("ARJUNA").doesNotContain("duplicate");
    assertThat(problem.errors()).isEmpty();
  }

  @Test
  void theLogLineNamesClassesAndSqlStatesButNoMessage() {
    PersistenceException failure = new PersistenceException("Patient Jane Roe, DOB 1970-01-01",
        new SQLException("Key (name)=(Jane Roe) already exists", "23505"));

    String logged = Failures.describe(rollback(failure));

    assertThat(logged).contains("jakarta.transaction.RollbackException", "jakarta.persistence.PersistenceException",
        "java.sql.SQLException [SQLState 23505]", "at org.breachresponse.api.UnexpectedFailureMapperTest");
    assertThat(logged).doesNotContain("Jane").doesNotContain("1970").doesNotContain("ARJUNA");
  }

  private static RollbackException rollback(Throwable cause) {
    RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.initCause(cause);
    return rollback;
  }
}
