package org.breachresponse.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.Problem;

/**
 * Every other HTTP error of our API (403 for a role that may not do this, 404 for an unknown path,
 * 405, 415 for a body that is not JSON) as a problem document too, so clients parse one error shape. A
 * 415 names the {@code Content-Type} header and a 406 the {@code Accept} header, the fields at fault.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response.StatusType status = exception.getResponse().getStatusInfo();
    return switch (status.getStatusCode()) {
      case 403 -> Problem.of(403, status.getReasonPhrase(), "Your role may not do this; ask the practice's administrator");
      case 406 -> Problem.of(406, status.getReasonPhrase(), List.of(new FieldError("Accept",
          "ask for application/json (or what the endpoint documents, e.g. application/pdf or text/csv)")));
      case 415 -> Problem.of(415, status.getReasonPhrase(), List.of(new FieldError("Content-Type",
          "send the type the endpoint documents: application/json, or text/csv for the affected individuals")));
      default -> Problem.of(status.getStatusCode(), status.getReasonPhrase(), status.getReasonPhrase());
    };
  }
}
