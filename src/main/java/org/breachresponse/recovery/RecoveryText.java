package org.breachresponse.recovery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.breachresponse.input.InvalidInputException;

/** Checks the recovery forms' free text and dates: required, trimmed, within the column's length. */
final class RecoveryText {

  private RecoveryText() {
  }

  static String required(String field, String value, int maxLength) {
    String text = optional(field, value, maxLength);
    if (text == null) {
      throw new InvalidInputException(field, "required");
    }
    return text;
  }

  static String optional(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > maxLength) {
      throw new InvalidInputException(field, "at most " + maxLength + " characters");
    }
    return text;
  }

  /** An ISO date ({@code 2026-11-28}) no later than {@code today}. */
  static LocalDate pastDate(String field, String value, LocalDate today) {
    String text = required(field, value, 40);
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "a date as YYYY-MM-DD, not '" + text + "'");
    }
    if (date.isAfter(today)) {
      throw new InvalidInputException(field, "cannot be in the future");
    }
    return date;
  }
}
