package org.breachresponse.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the application's clock once: the system clock in the practice's time zone
 * ({@code breach.practice.time-zone}, set from {@code BREACH_PRACTICE_TIME_ZONE}; the server's zone when unset).
 * Every date and moment the application records or compares comes from it.
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
