package org.breachresponse.engine;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Camunda's answer to an engine exception, except for a missing object or another practice's, which answer
 * alike ({@link NotFoundOrOtherPractice}).
 */
@Provider
public class PracticeScopedEngineExceptionHandler extends ProcessEngineExceptionHandler {

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return NotFoundOrOtherPractice.answer(exception).orElseGet(() -> super.toResponse(exception));
  }
}
