package org.breachresponse.engine;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * Camunda's answer to any other failure of the engine REST API ({@code {type, message}}, 500), except a
 * concurrent update, which answers 503 with {@code Retry-After} ({@link ConcurrentUpdateAnswer}): e.g. the
 * {@code RollbackException} of a commit that lost a race.
 */
@Provider
public class EngineFailureHandler extends ExceptionHandler {

  @Override
  public Response toResponse(Throwable failure) {
    return ConcurrentUpdateAnswer.answer(failure).orElseGet(() -> super.toResponse(failure));
  }
}
