package org.breachresponse.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every other HTTP error of our API (403 for a role that may not do this, 404 for an unknown path,
 * 405, 415 for a body that is not JSON) as a problem document too, so clients parse one error shape.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response.StatusType status = exception.getResponse().getStatusInfo();
    String detail = status.getStatusCode() == 403
        ? "Your role may not do this; ask the practice's administrator"
        : status.getReasonPhrase();
    return Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail);
  }
}
