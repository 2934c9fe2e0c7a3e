package org.breachresponse.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PracticeClockTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /** 03:30 UTC on 1 March is still the evening of 28 February in Chicago. */
  private static final Instant LATE_EVENING_IN_CHICAGO = Instant.parse("2026-03-01T03:30:00Z");

  private final PracticeClock clock = new PracticeClock(Clock.fixed(LATE_EVENING_IN_CHICAGO, CHICAGO));

  @Test
  void todayIsThePracticesDateNotTheServersOrUtcs() {
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(clock.dateOf(clock.now())).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void nowIsTheInjectedClocksInstant() {
    assertThat(clock.now()).isEqualTo(LATE_EVENING_IN_CHICAGO);
    assertThat(clock.zone()).isEqualTo(CHICAGO);
  }

  @Test
  void aDueDateEndsAt2359AndRemindersComeAt0800AtThePractice() {
    LocalDate due = LocalDate.of(2026, 3, 10);
    assertThat(clock.deadline(due)).isEqualTo(Instant.parse("2026-03-11T04:59:00Z"));
    assertThat(clock.reminder(due, 7)).isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));
  }
}
