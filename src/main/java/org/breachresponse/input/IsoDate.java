package org.breachresponse.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A date a person enters, as an ISO date ({@code 2026-05-01}, what a Camunda Form date field submits). Every
 * reader adds a {@link FieldError} naming the field to the caller's list and returns null, so a form answers
 * with all its errors at once.
 */
public final class IsoDate {

  public static final String IN_THE_FUTURE = "cannot be in the future";

  private IsoDate() {
  }

  /** The date in {@code text}; null, and an error naming {@code field} with {@code expected}, if there is none. */
  public static LocalDate read(String field, String text, String expected, List<FieldError> errors) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, expected));
      return null;
    }
  }

  /** As {@link #read}, and no later than {@code today} (the practice's date). */
  public static LocalDate past(String field, String text, LocalDate today, String expected, List<FieldError> errors) {
    LocalDate date = read(field, text, expected, errors);
    if (date != null && date.isAfter(today)) {
      errors.add(new FieldError(field, IN_THE_FUTURE));
      return null;
    }
    return date;
  }
}
