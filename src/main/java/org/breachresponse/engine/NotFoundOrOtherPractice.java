package org.breachresponse.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine REST API's answer for an object that does not exist and for one of a practice the caller does not
 * belong to: one and the same, so a refusal does not tell that another practice's task, process instance or job
 * exists. Camunda answers the engine's tenant check with a 500 saying the object "belongs to no authenticated
 * tenant", and a missing object with a 400, 404 or 500 depending on the call; both become a 404 "Not found".
 * Refusals of the caller's own practice's objects (403, {@link AuthorizationException}) keep Camunda's answer.
 */
final class NotFoundOrOtherPractice {

  static final String MESSAGE = "Not found";

  /** The engine's tenant check (TenantCommandChecker, ENGINE-13034). */
  private static final String OTHER_TENANT = "because it belongs to no authenticated tenant";
  /** Camunda's "not found" in the words of its commands and REST resources. */
  private static final Pattern MISSING = Pattern.compile(
      "(?s).*(doesn't exist|Cannot find \\w+|No \\w+( \\w+)? found|not found).*");

  private NotFoundOrOtherPractice() {
  }

  /** The neutral 404, if {@code failure} is a missing object or another practice's. */
  static Optional<Response> answer(Throwable failure) {
    return isMissingOrOtherPractice(failure) ? Optional.of(notFound()) : Optional.empty();
  }

  static boolean isMissingOrOtherPractice(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return false;
      }
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (message.contains(OTHER_TENANT) || cause instanceof NotFoundException
          || cause instanceof ProcessEngineException && MISSING.matcher(message).matches()
          || cause instanceof RestException rest && rest.getStatus() == Response.Status.NOT_FOUND
          || cause instanceof RestException && MISSING.matcher(message).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Response notFound() {
    ExceptionDto problem = new ExceptionDto();
    problem.setType(NotFoundException.class.getSimpleName());
    problem.setMessage(MESSAGE);
    return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
  }
}
