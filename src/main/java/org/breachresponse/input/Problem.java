package org.breachresponse.input;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document, with the fields at fault when the caller's input was wrong. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Response invalidInput(List<FieldError> errors) {
    String detail = String.join("; ", errors.stream().map(FieldError::toString).toList());
    return respond(new Problem("urn:breach-response:problem:invalid-input", "Invalid input", 400, detail, errors));
  }

  public static Response notFound(String detail, String field) {
    return respond(new Problem("urn:breach-response:problem:not-found", "Not found", 404, detail,
        List.of(new FieldError(field, detail))));
  }

  /**
   * 409: practice {@code practiceId}'s settings lack {@code fields} (as the practice API names them, e.g.
   * {@code tollFreeNumber}), which someone who administers the practice sets with its {@code PUT}.
   */
  public static Response practiceDetailsMissing(String practiceId, List<String> fields) {
    String fix = "set with PUT /camunda/api/breach/practices/" + practiceId;
    return respond(new Problem("urn:breach-response:problem:practice-details-missing", "Practice details missing", 409,
        "The details of practice " + practiceId + " are not set: " + String.join(", ", fields) + "; set them with PUT"
            + " /camunda/api/breach/practices/" + practiceId,
        fields.stream().map(field -> new FieldError(field, "is required on letters and filings; " + fix)).toList()));
  }

  /** 409: the request needs {@code field}, which step {@code step} records and has not recorded yet. */
  public static Response stepNotDone(String field, String step, String detail) {
    return respond(new Problem("urn:breach-response:problem:step-not-done", "Step not done", 409, detail,
        List.of(new FieldError(field, "not recorded yet: " + step + " records it"))));
  }

  /** A problem with the request's headers or parameters rather than its body, e.g. 415 naming Content-Type. */
  public static Response of(int status, String title, List<FieldError> errors) {
    String detail = String.join("; ", errors.stream().map(FieldError::toString).toList());
    return respond(new Problem("about:blank", title, status, detail, errors));
  }

  public static Response of(int status, String title, String detail) {
    return respond(new Problem("about:blank", title, status, detail, List.of()));
  }

  /**
   * 503 with {@code Retry-After} (RFC 9110 section 10.2.3): the request met another one changing the same data at
   * the same moment, nothing of it was kept, and the same request sent again after that many seconds can succeed.
   */
  public static Problem concurrentUpdate() {
    return new Problem("urn:breach-response:problem:concurrent-update", "Service Unavailable", 503,
        "Another request changed the same data at the same moment; nothing of this request was saved. Send it again"
            + " after the seconds of the Retry-After header", List.of());
  }

  /** 500 for a failure of ours: the detail names the error id the server logged, never the failure's text. */
  public static Problem internalError(String errorId) {
    return new Problem("about:blank", "Internal Server Error", 500,
        "The server could not answer this request; it logged the failure as error " + errorId, List.of());
  }

  /** {@code problem} as a response, with {@code Retry-After} when it is a 503. */
  public static Response respond(Problem problem, int retryAfterSeconds) {
    Response.ResponseBuilder response = Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
    if (problem.status() == 503) {
      response.header("Retry-After", retryAfterSeconds);
    }
    return response.build();
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
  }
}
