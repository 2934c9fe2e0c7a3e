package org.breachresponse.recovery;

import java.time.LocalDate;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.IsoDate;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;

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
    List<FieldError> errors = new ArrayList<>();
    LocalDate date = IsoDate.past(field, text.length() > 10 ? text.substring(0, 10) : text, today,
        "a date as YYYY-MM-DD, not '" + text + "'", errors);
    InvalidInputException.ifAny(errors);
    return date;
  }
}
