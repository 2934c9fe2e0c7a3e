package org.breachresponse.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a user must correct. The API answers it with a 400 problem naming each field; the Tasklist
 * shows its message on the form, and the task stays open.
 */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** Throws one exception carrying every error, if there is any. */
  public static void ifAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public List<FieldError> errors() {
    return errors;
  }
}
