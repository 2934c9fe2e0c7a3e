package org.breachresponse.notification;

import jakarta.mail.Session;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.breachresponse.assessment.RiskAssessmentService;
import org.breachresponse.audit.InMemoryAuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.notification.individual.AffectedIndividual;
import org.breachresponse.notification.individual.IndividualsCsv;
import org.breachresponse.notification.notice.EmailOverdueNoticeDelegate;
import org.breachresponse.notification.notice.HandleOverdueNotificationListener;
import org.breachresponse.notification.notice.NoticeMail;
import org.breachresponse.notification.notice.NoticeMailLedger;
import org.breachresponse.notification.notice.NoticeReminderDelegate;
import org.breachresponse.notification.notice.OnceOnlyNoticeMail;
import org.breachresponse.notification.notice.SendNoticeListener;
import org.breachresponse.notification.notice.SubstituteNoticeListener;
import org.breachresponse.notification.notice.SubstituteNotices;
import org.breachresponse.notification.obligation.StandaloneDecisions;
import org.breachresponse.practice.PracticeTimeZones;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.breachresponse.process.IncidentReference;

/** The notification steps for engine tests: real rules from bpmn/decisions, records in memory, mail over SMTP. */
public final class NotificationWiring {

  public final InMemoryNotificationRecords records = new InMemoryNotificationRecords();
  public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  public final NotificationService notifications;
  public final SubstituteNotices substituteNotices;
  public final PracticeClock clock = new PracticeClock(ZoneOffset.UTC);
  /** Which notice e-mails went out: the real ledger, on a database of its own per wiring (V9's table). */
  public final NoticeMailLedger noticeMails = new NoticeMailLedger(NoticeMailDatabase.fresh(), Clock.systemUTC(), "node-test");

  private NotificationWiring(IncidentService incidents, RiskAssessmentService assessments) {
    notifications = new NotificationService(incidents, assessments, records, new StandaloneDecisions(), audit,
        PracticeTimeZones.serverOnly(clock));
    substituteNotices = new SubstituteNotices(records, audit, PracticeTimeZones.serverOnly(clock));
  }

  /** {@code smtpPort}: where the test's SMTP server listens (a closed port when no test step sends mail). */
  public static NotificationWiring register(IncidentService incidents, RiskAssessmentService assessments, int smtpPort) {
    NotificationWiring wiring = new NotificationWiring(incidents, assessments);
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", "127.0.0.1");
    smtp.put("mail.smtp.port", String.valueOf(smtpPort));
    smtp.put("mail.from", "breach-response@practice.test");
    NoticeMail mail = new NoticeMail(Session.getInstance(smtp), wiring.clock);
    OnceOnlyNoticeMail onceOnly = new OnceOnlyNoticeMail(mail, wiring.noticeMails);
    Mocks.register("notificationService", wiring.notifications);
    Mocks.register("substituteNotices", wiring.substituteNotices);
    Mocks.register("deriveObligationsListener", new DeriveObligationsListener(wiring.notifications));
    Mocks.register("deriveObligationsDelegate", new DeriveObligationsDelegate(wiring.notifications, new StandaloneDecisions()));
    Mocks.register("planNotificationsListener", new PlanNotificationsListener(wiring.notifications));
    Mocks.register("sendNoticeListener", new SendNoticeListener(wiring.notifications));
    Mocks.register("noticeReminderDelegate", new NoticeReminderDelegate(wiring.notifications, onceOnly));
    Mocks.register("emailOverdueNoticeDelegate", new EmailOverdueNoticeDelegate(wiring.notifications, onceOnly));
    Mocks.register("handleOverdueNotificationListener",
        new HandleOverdueNotificationListener(wiring.notifications, wiring.audit));
    Mocks.register("substituteNoticeListener", new SubstituteNoticeListener(wiring.substituteNotices));
    return wiring;
  }

  /** The privacy officer's CSV list, imported as the API imports it (rows checked, all or nothing). */
  public void importIndividuals(IncidentService incidents, String reference, String csv) {
    Incident incident = incidents.get(IncidentReference.of(reference));
    IndividualsCsv.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
        .forEach(row -> records.add(new AffectedIndividual(incident, row, "officer", Instant.now())));
  }
}
