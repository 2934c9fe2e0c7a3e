package org.breachresponse.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.input.Problem;
import org.breachresponse.process.ConcurrentConflict;

/**
 * Every failure no other mapper of our API answers, e.g. the {@code RollbackException} ("ARJUNA016053: Could not
 * commit transaction.") the {@code @Transactional} interceptor throws when a commit fails, a Camunda
 * {@code OptimisticLockingException}, a {@code PersistenceException}: a problem document, 503 with
 * {@code Retry-After} for a concurrent update and 500 for the rest ({@link Failures}). Without it RESTEasy
 * answers them with the exception's bare text.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  @Context
  private Request request;

  @Context
  private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    String method = request == null ? "?" : request.getMethod();
    String path = uriInfo == null ? "?" : uriInfo.getRequestUri().getPath();
    return Problem.respond(Failures.problemFor(failure, method, path), ConcurrentConflict.RETRY_AFTER_SECONDS);
  }
}
