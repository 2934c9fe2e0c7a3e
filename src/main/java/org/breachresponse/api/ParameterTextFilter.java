package org.breachresponse.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.PlainText;
import org.breachresponse.input.Problem;

/**
 * Path and query parameters are held to the same plain-text rule as the text in a body ({@link PlainTextDeserializer}):
 * a reference with a NUL, an unpaired surrogate or a direction override is refused here, naming the parameter,
 * before any query runs (PostgreSQL refuses a NUL in a query parameter outright, which would be a 500).
 */
@Provider
public class ParameterTextFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    FieldError error = firstError(request.getUriInfo().getPathParameters());
    if (error == null) {
      error = firstError(request.getUriInfo().getQueryParameters());
    }
    if (error != null) {
      request.abortWith(Problem.of(400, "Bad Request", List.of(error)));
    }
  }

  private static FieldError firstError(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        if (!PlainText.isPlainText(value)) {
          return new FieldError(parameter.getKey(),
              "must be plain text: no control characters, unpaired surrogates, direction overrides or invisible-only text");
        }
      }
    }
    return null;
  }
}
