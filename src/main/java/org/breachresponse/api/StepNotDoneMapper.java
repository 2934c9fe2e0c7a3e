package org.breachresponse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.input.Problem;
import org.breachresponse.input.StepNotDoneException;

/** 409 naming what is missing and the step that records it: the same request succeeds once that step has. */
@Provider
public class StepNotDoneMapper implements ExceptionMapper<StepNotDoneException> {

  @Override
  public Response toResponse(StepNotDoneException exception) {
    return Problem.stepNotDone(exception.field(), exception.step(), exception.getMessage());
  }
}
