package org.breachresponse.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.audit.InMemoryAuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.IncidentReport;
import org.breachresponse.incident.Sign;
import org.breachresponse.notification.obligation.AddedNotice;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.StandaloneDecisions;
import org.breachresponse.practice.PracticeTimeZones;
import org.junit.jupiter.api.Test;

/**
 * Two practices, one in Los Angeles and one in New York, each with a notice due the same date: each notice's
 * deadline, reminder and "today" are those of its own practice's day.
 */
class DeadlinesOfTwoPracticesTest {

  /** 23:30 on 1 December in Los Angeles, 02:30 on 2 December in New York. */
  private static final Instant NIGHT = Instant.parse("2026-12-02T07:30:00Z");
  private static final LocalDate DUE = LocalDate.of(2027, 1, 15);

  private final InMemoryIncidentService incidents = new InMemoryIncidentService();
  private final InMemoryNotificationRecords records = new InMemoryNotificationRecords();
  private final NotificationService notifications = new NotificationService(incidents, null, records,
      new StandaloneDecisions(), new InMemoryAuditTrail(), new PracticeTimeZones(
          new PracticeClock(Clock.fixed(NIGHT, ZoneOffset.UTC)), id -> Optional.ofNullable(Map.of(
              "lakeside", ZoneId.of("America/Los_Angeles"), "harbor", ZoneId.of("America/New_York")).get(id))));

  @Test
  void eachNoticeIsDueAtTheEndOfItsOwnPracticesDay() {
    long lakeside = notice("lakeside");
    long harbor = notice("harbor");

    assertThat(notifications.dueAt(lakeside).toInstant()).isEqualTo(Instant.parse("2027-01-16T07:59:00Z"));
    assertThat(notifications.dueAt(harbor).toInstant()).isEqualTo(Instant.parse("2027-01-16T04:59:00Z"));
    assertThat(notifications.reminderAt(lakeside, 7).toInstant()).isEqualTo(Instant.parse("2027-01-08T16:00:00Z"));
    assertThat(notifications.reminderAt(harbor, 7).toInstant()).isEqualTo(Instant.parse("2027-01-08T13:00:00Z"));
  }

  @Test
  void todayIsThePracticesDate() {
    long lakeside = notice("lakeside");
    long harbor = notice("harbor");

    assertThat(notifications.today(lakeside)).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(notifications.today(harbor)).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(notifications.today(records.obligation(harbor).incident().reference()))
        .isEqualTo(LocalDate.of(2026, 12, 2));
  }

  private long notice(String practice) {
    Incident incident = incidents.register(new IncidentReport("front desk", LocalDate.of(2026, 11, 30),
        List.of(Sign.UNUSUAL_NETWORK_ACTIVITY), null, "Ransom note"), "front-desk", practice);
    NotificationObligation obligation = NotificationObligation.added(incident, new AddedNotice(Recipient.HHS, "US",
        "the Secretary of HHS", DUE, "45 CFR 164.408", true), "officer", NIGHT);
    records.add(obligation);
    return obligation.id();
  }
}
