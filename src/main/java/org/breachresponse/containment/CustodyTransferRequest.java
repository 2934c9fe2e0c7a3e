package org.breachresponse.containment;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.DateTimeWithZone;

/**
 * A hand-over of an evidence item, as {@code POST .../evidence/{id}/custody} takes it.
 *
 * @param at when, as an ISO date-time with offset or zone ({@code 2026-12-02T09:00-06:00[America/Chicago]})
 */
public record CustodyTransferRequest(String from, String to, String at, String location, String purpose) {

  /** Before any evidence this application could have collected; a year like 0001 or 999999999 is a typo. */
  static final int EARLIEST_YEAR = 2000;

  /** Every field required; each error names its field; {@code now} bounds the hand-over's time. */
  ZonedDateTime validated(Instant now) {
    List<FieldError> errors = new ArrayList<>();
    require(errors, "from", from, 200);
    require(errors, "to", to, 200);
    require(errors, "location", location, 500);
    require(errors, "purpose", purpose, 500);
    ZonedDateTime when = DateTimeWithZone.read("at", at, "a date-time with its time zone: " + DateTimeWithZone.EXAMPLES,
        errors);
    if (when != null
        && (when.getYear() < EARLIEST_YEAR || when.toInstant().isAfter(now.plus(1, ChronoUnit.DAYS)))) {
      errors.add(new FieldError("at", "when the hand-over happened: not in the future, not before " + EARLIEST_YEAR));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return when;
  }

  private static void require(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      errors.add(new FieldError(field, "required, at most " + max + " characters"));
    }
  }
}
