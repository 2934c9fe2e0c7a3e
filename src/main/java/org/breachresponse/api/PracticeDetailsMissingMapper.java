package org.breachresponse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.input.Problem;
import org.breachresponse.notification.individual.PracticeDetailsMissingException;

/**
 * 409 when something a practice prints or files needs its details (name, address, contact) and its settings
 * lack them: the caller cannot fix that by changing the request, whoever administers the practice can, so the
 * problem names the practice and each of its unset fields, and the request that sets them.
 */
@Provider
public class PracticeDetailsMissingMapper implements ExceptionMapper<PracticeDetailsMissingException> {

  @Override
  public Response toResponse(PracticeDetailsMissingException exception) {
    return Problem.practiceDetailsMissing(exception.practiceId(), exception.missing());
  }
}
