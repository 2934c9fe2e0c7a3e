package org.breachresponse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.input.Problem;
import org.breachresponse.notification.notice.NoticeAlreadySentException;

/** A request the record no longer allows (e.g. replacing a list whose people were already told): 409. */
@Provider
public class ConflictMapper implements ExceptionMapper<NoticeAlreadySentException> {

  @Override
  public Response toResponse(NoticeAlreadySentException exception) {
    return Problem.of(409, "Conflict", exception.getMessage());
  }
}
