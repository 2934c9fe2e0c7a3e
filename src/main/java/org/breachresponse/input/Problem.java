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

  /** The administrator must set these variables ({@code wildfly-config/practice.cli}) and restart. */
  public static Response practiceDetailsMissing(List<String> environmentVariables) {
    return respond(new Problem("urn:breach-response:problem:practice-details-missing", "Practice details missing", 409,
        "The practice's details are not set; set " + String.join(", ", environmentVariables)
        + " (wildfly-config/practice.cli) and restart the server", List.of()));
  }

  /** A problem with the request's headers or parameters rather than its body, e.g. 415 naming Content-Type. */
  public static Response of(int status, String title, List<FieldError> errors) {
    String detail = String.join("; ", errors.stream().map(FieldError::toString).toList());
    return respond(new Problem("about:blank", title, status, detail, errors));
  }

  public static Response of(int status, String title, String detail) {
    return respond(new Problem("about:blank", title, status, detail, List.of()));
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
  }
}
