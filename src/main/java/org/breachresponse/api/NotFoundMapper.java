package org.breachresponse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.input.Problem;

/** 404 for an unknown incident reference (or an unknown part of one), naming the path parameter. */
@Provider
public class NotFoundMapper implements ExceptionMapper<IncidentNotFoundException> {

  @Override
  public Response toResponse(IncidentNotFoundException exception) {
    return Problem.notFound(exception.getMessage(), exception.field());
  }
}
