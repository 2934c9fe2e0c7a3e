package org.breachresponse.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.breachresponse.input.InvalidInputException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine REST API's answer when a form submitted through it (the Tasklist's forms, {@code submit-form},
 * {@code complete}) is refused by one of our listeners: Camunda wraps the listener's exception and answers 500;
 * here a {@link InvalidInputException} anywhere in the causes answers 400 with its message, which names each
 * field (e.g. {@code affectedMachines: line 1 ...}), in Camunda's own error shape so the Tasklist shows it on
 * the form. A missing object and another practice's answer alike ({@link NotFoundOrOtherPractice}), a
 * concurrent update answers 503 ({@link ConcurrentUpdateAnswer}). Every other failure keeps Camunda's answer.
 */
public class RefusedFormInputHandler extends RestExceptionHandler {

  @Override
  public Response toResponse(RestException exception) {
    return refusedInput(exception).map(RefusedFormInputHandler::badRequest)
        .or(() -> ConcurrentUpdateAnswer.answer(exception))
        .or(() -> NotFoundOrOtherPractice.answer(exception))
        .orElseGet(() -> super.toResponse(exception));
  }

  static Optional<InvalidInputException> refusedInput(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException refused) {
        return Optional.of(refused);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Response badRequest(InvalidInputException refused) {
    ExceptionDto problem = new ExceptionDto();
    problem.setType(InvalidInputException.class.getSimpleName());
    problem.setMessage(refused.getMessage());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(problem).build();
  }
}
