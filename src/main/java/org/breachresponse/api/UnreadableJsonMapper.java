package org.breachresponse.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.PlainText;
import org.breachresponse.input.Problem;

/**
 * 400 for a body that is not JSON or does not fit the request: names the field (e.g. {@code
 * discoveryDate} that is not a date, {@code signs[1]} that is not a known sign) without echoing values. A body
 * that is not JSON at all (cut short, not UTF-8, nested too deep) is {@code body}, even when the parser was
 * inside a field when it gave up.
 */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException exception) {
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        && !(mapping.getCause() instanceof JsonParseException)) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return Problem.invalidInput(List.of(new FieldError(field, reason(mapping))));
    }
    return Problem.invalidInput(List.of(new FieldError("body", "is not valid JSON")));
  }

  private static String reason(JsonMappingException exception) {
    if (exception instanceof UnrecognizedPropertyException) {
      return "is not a field of this request";
    }
    if (exception instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of " + List.of(target.getEnumConstants());
      }
      if (target == java.time.LocalDate.class) {
        return "must be a date like 2026-04-06";
      }
      if (target == String.class) {
        return PlainText.REASON;
      }
      return "has the wrong format";
    }
    return "has the wrong type";
  }
}
