package org.breachresponse.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the application's clock once: the system clock in the server's time zone
 * ({@code breach.practice.time-zone}, set from {@code BREACH_PRACTICE_TIME_ZONE}, which also seeds the first
 * practice's zone; the JVM's zone when unset). Every moment the application records comes from it; a date of an
 * incident is read in its practice's zone ({@link PracticeClock#in}).
 */
@ApplicationScoped
public class PracticeClocks {

  private final Clock clock = Clock.system(PracticeClock.zoneFromSystemProperties());

  @Produces
  Clock clock() {
    return clock;
  }

  @Produces
  PracticeClock practiceClock() {
    return new PracticeClock(clock);
  }
}
