package org.breachresponse.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's clock read in one time zone: what time it is, which day it is at a practice, and when
 * a legal due date ends or a reminder falls there. A notice is due until the end of its due day in its
 * practice's zone, and reminders arrive at the start of a working morning there. {@link PracticeClocks}
 * produces the server's one for injection (instants, and dates that belong to no practice); {@link #in(ZoneId)}
 * gives the same clock in a practice's zone, which the capability that knows the incident's practice asks for.
 * Tests build one on a fixed clock.
 */
public final class PracticeClock {

  static final LocalTime END_OF_DAY = LocalTime.of(23, 59);
  static final LocalTime MORNING = LocalTime.of(8, 0);

  private final Clock clock;

  /** The time of {@code clock}, read in the clock's zone. */
  public PracticeClock(Clock clock) {
    this.clock = clock;
  }

  /** The system's time, read in {@code zone}. */
  public PracticeClock(ZoneId zone) {
    this(Clock.system(zone));
  }

  public static ZoneId zoneFromSystemProperties() {
    String zone = System.getProperty("breach.practice.time-zone", "");
    return zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
  }

  /** The same time, read in {@code zone}: a practice's clock. */
  public PracticeClock in(ZoneId zone) {
    return zone.equals(zone()) ? this : new PracticeClock(clock.withZone(zone));
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  /** Now, as recorded in our tables and the audit trail. */
  public Instant now() {
    return clock.instant();
  }

  /** The practice's date today. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone());
  }

  public Instant deadline(LocalDate dueDate) {
    return dueDate.atTime(END_OF_DAY).atZone(zone()).toInstant();
  }

  public Instant reminder(LocalDate dueDate, int daysBefore) {
    return dueDate.minusDays(daysBefore).atTime(MORNING).atZone(zone()).toInstant();
  }
}
