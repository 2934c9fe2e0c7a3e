package org.breachresponse.input;

import java.util.List;

/**
 * A choice a person makes on a form or in a request: one of an enum's constants, named exactly (surrounding
 * spaces ignored). An unknown or missing choice adds a {@link FieldError} naming the field to the caller's list.
 */
public final class Choice {

  private Choice() {
  }

  /** The constant {@code text} names; null, and an error naming {@code field} with {@code expected}, if none. */
  public static <E extends Enum<E>> E read(String field, String text, Class<E> type, String expected,
      List<FieldError> errors) {
    if (text != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text.strip())) {
          return constant;
        }
      }
    }
    errors.add(new FieldError(field, expected));
    return null;
  }
}
