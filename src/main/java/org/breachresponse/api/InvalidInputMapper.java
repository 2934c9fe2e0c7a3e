package org.breachresponse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.Problem;

/** 400 naming each field the caller must correct. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Override
  public Response toResponse(InvalidInputException exception) {
    return Problem.invalidInput(exception.errors());
  }
}
