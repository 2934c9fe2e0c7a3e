package org.breachresponse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.input.Problem;
import org.breachresponse.notification.individual.PracticeDetailsMissingException;

/**
 * 409 when something the practice prints or files needs its details (name, address, contact) and the
 * installation has not set them: the caller cannot fix that by changing the request, the administrator
 * can, so the problem names each unset environment variable.
 */
@Provider
public class PracticeDetailsMissingMapper implements ExceptionMapper<PracticeDetailsMissingException> {

  @Override
  public Response toResponse(PracticeDetailsMissingException exception) {
    return Problem.practiceDetailsMissing(exception.missing());
  }
}
