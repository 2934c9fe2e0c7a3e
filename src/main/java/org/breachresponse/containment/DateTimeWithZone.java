package org.breachresponse.containment;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Optional;

/**
 * When evidence was collected or handed over, always with its time zone (NIST SP 800-61 §3.3.2,
 * shared/DOMAIN.md §4.4): an ISO date-time with an offset ({@code 2026-12-01T14:30-06:00}), a region
 * ({@code 2026-12-01T14:30[America/Chicago]}) or both. A time without either is refused.
 */
final class DateTimeWithZone {

  static final String EXAMPLES = "2026-12-01T14:30-06:00 or 2026-12-01T14:30[America/Chicago]";

  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
      .toFormatter();

  private DateTimeWithZone() {
  }

  static Optional<ZonedDateTime> parse(String text) {
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
