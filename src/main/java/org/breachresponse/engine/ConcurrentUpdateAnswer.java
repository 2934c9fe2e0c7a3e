package org.breachresponse.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;
import org.breachresponse.process.ConcurrentConflict;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * The engine REST API's answer when a request met another one changing the same data at the same moment
 * ({@link ConcurrentConflict}, e.g. two people completing the same task, or a job and a request updating the same
 * execution: Camunda's {@link OptimisticLockingException}): 503 with {@code Retry-After}, in Camunda's error shape,
 * instead of Camunda's 500. Nothing of the request was kept, and sent again it can succeed.
 */
final class ConcurrentUpdateAnswer {

  private static final Logger LOG = Logger.getLogger(ConcurrentUpdateAnswer.class.getName());

  private ConcurrentUpdateAnswer() {
  }

  static Optional<Response> answer(Throwable failure) {
    Optional<String> conflict = ConcurrentConflict.kind(failure);
    if (conflict.isEmpty()) {
      return Optional.empty();
    }
    LOG.info(() -> "An engine REST request answered 503: it met a concurrent update (" + conflict.get() + ")");
    ExceptionDto problem = new ExceptionDto();
    problem.setType(conflict.get().equals(OptimisticLockingException.class.getSimpleName())
        ? conflict.get() : "ConcurrentUpdateException");
    problem.setMessage("Another request changed the same data at the same moment; nothing of this request was"
        + " saved. Send it again after the seconds of the Retry-After header");
    return Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header("Retry-After", ConcurrentConflict.RETRY_AFTER_SECONDS)
        .type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build());
  }
}
