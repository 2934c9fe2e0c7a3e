package org.breachresponse.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Turns a legal due date into the moment the engine acts on it, in the practice's own time zone
 * ({@code BREACH_PRACTICE_TIME_ZONE}, default the server's): a notice is due until the end of its due day,
 * and reminders arrive at the start of a working morning.
 */
public final class PracticeClock {

  static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
  static final LocalTime MORNING = LocalTime.of(8, 0);

  private final ZoneId zone;

  public PracticeClock(ZoneId zone) {
    this.zone = zone;
  }

  public static PracticeClock fromSystemProperties() {
    String zone = System.getProperty("breach.practice.time-zone", "");
    return new PracticeClock(zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip()));
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate today() {
    return LocalDate.now(zone);
  }

  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  public Instant deadline(LocalDate dueDate) {
    return dueDate.atTime(END_OF_DAY).atZone(zone).toInstant();
  }

  public Instant reminder(LocalDate dueDate, int daysBefore) {
    return dueDate.minusDays(daysBefore).atTime(MORNING).atZone(zone).toInstant();
  }
}
