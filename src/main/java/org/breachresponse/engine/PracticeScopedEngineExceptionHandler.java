package org.breachresponse.engine;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Camunda's answer to an engine exception, except for a missing object or another practice's, which answer
 * alike ({@link NotFoundOrOtherPractice}), and a concurrent update (Camunda's {@code OptimisticLockingException},
 * a commit that lost a race), which answers 503 with {@code Retry-After} ({@link ConcurrentUpdateAnswer}).
 */
@Provider
public class PracticeScopedEngineExceptionHandler extends ProcessEngineExceptionHandler {

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return ConcurrentUpdateAnswer.answer(exception).or(() -> NotFoundOrOtherPractice.answer(exception))
        .orElseGet(() -> super.toResponse(exception));
  }
}
