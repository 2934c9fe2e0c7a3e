package org.breachresponse.input;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Optional;

/**
 * A moment a person enters, always with its time zone, e.g. when evidence was collected or handed over
 * (NIST SP 800-61 §3.3.2): an ISO date-time with an offset ({@code 2026-12-01T14:30-06:00}), a region
 * ({@code 2026-12-01T14:30[America/Chicago]}) or both. A time without either is refused.
 */
public final class DateTimeWithZone {

  public static final String EXAMPLES = "2026-12-01T14:30-06:00 or 2026-12-01T14:30[America/Chicago]";

  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
      .toFormatter();

  private DateTimeWithZone() {
  }

  /** The moment in {@code text}; null, and an error naming {@code field} with {@code expected}, if there is none. */
  public static ZonedDateTime read(String field, String text, String expected, List<FieldError> errors) {
    return parse(text).orElseGet(() -> {
      errors.add(new FieldError(field, expected));
      return null;
    });
  }

  public static Optional<ZonedDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.from(FORMAT.parse(text.strip())));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
