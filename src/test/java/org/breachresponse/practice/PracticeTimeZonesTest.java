package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.clock.PracticeClock;
import org.junit.jupiter.api.Test;

class PracticeTimeZonesTest {

  /** 23:30 on 1 December in Los Angeles is already 02:30 on 2 December in New York. */
  private static final Instant NIGHT = Instant.parse("2026-12-02T07:30:00Z");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final PracticeClock server = new PracticeClock(Clock.fixed(NIGHT, ZoneOffset.UTC));
  private final PracticeTimeZones zones = new PracticeTimeZones(server,
      id -> Optional.ofNullable(Map.of("lakeside", LOS_ANGELES, "harbor", NEW_YORK).get(id)));

  @Test
  void eachPracticeIsOnItsOwnDayAroundMidnight() {
    assertThat(zones.of("lakeside").today()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(zones.of("harbor").today()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(zones.of("lakeside").now()).as("one instant for all").isEqualTo(NIGHT);
  }

  @Test
  void theSameDueDateEndsAtMidnightWhereThePracticeIs() {
    LocalDate due = LocalDate.of(2027, 1, 15);

    assertThat(zones.of("harbor").deadline(due)).isEqualTo(Instant.parse("2027-01-16T04:59:00Z"));
    assertThat(zones.of("lakeside").deadline(due)).isEqualTo(Instant.parse("2027-01-16T07:59:00Z"));
    assertThat(zones.of("lakeside").reminder(due, 3)).isEqualTo(Instant.parse("2027-01-12T16:00:00Z"));
    assertThat(zones.of("harbor").reminder(due, 3)).isEqualTo(Instant.parse("2027-01-12T13:00:00Z"));
  }

  @Test
  void noPracticeOrAnUnknownOneIsOnTheServersClock() {
    assertThat(zones.of(null)).isSameAs(server);
    assertThat(zones.of("gone")).isSameAs(server);
    assertThat(PracticeTimeZones.serverOnly(server).of("lakeside")).isSameAs(server);
    assertThat(zones.server().today()).isEqualTo(LocalDate.of(2026, 12, 2));
  }
}
