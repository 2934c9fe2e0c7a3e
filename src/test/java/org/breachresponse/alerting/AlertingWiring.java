package org.breachresponse.alerting;

import jakarta.mail.Session;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.breachresponse.audit.InMemoryAuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.notification.notice.NoticeMail;
import org.breachresponse.practice.PracticeSecrets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The alert steps and response-time targets for engine tests: the real delegate, ledger and target settings on an
 * in-memory database of our migrations. {@link #register} alerts an incident without a practice by e-mail only;
 * {@link #withoutAlerts} gives the alert steps no channel at all, for the tests of the other steps, whose alert
 * steps then end at once.
 */
public final class AlertingWiring {

  public final DataSource database = AlertingDatabase.fresh();
  public final ResponseTargetSettings targets = new ResponseTargetSettings(database);
  public final AlertLedger ledger = new AlertLedger(database, "node-test");
  public final InMemoryAuditTrail audit = new InMemoryAuditTrail();

  private AlertingWiring() {
  }

  /** {@code smtpPort}: where the test's SMTP server listens (a closed port when no step of the test sends mail). */
  public static AlertingWiring register(IncidentService incidents, int smtpPort) {
    return register(incidents, smtpPort, new AlertChannels());
  }

  public static AlertingWiring withoutAlerts(IncidentService incidents) {
    return register(incidents, 9, new AlertChannels() {
      @Override
      public List<String> every(DelegateExecution execution) {
        return List.of();
      }
    });
  }

  private static AlertingWiring register(IncidentService incidents, int smtpPort, AlertChannels channels) {
    AlertingWiring wiring = new AlertingWiring();
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", "127.0.0.1");
    smtp.put("mail.smtp.port", String.valueOf(smtpPort));
    smtp.put("mail.from", "breach-response@practice.test");
    NoticeMail mail = new NoticeMail(Session.getInstance(smtp), new PracticeClock(ZoneOffset.UTC));
    Mocks.register("responseTargets", new ResponseTargets(wiring.targets));
    Mocks.register("alertChannels", channels);
    Mocks.register("deliverAlertDelegate", new DeliverAlertDelegate(incidents, new AlertDelivery(wiring.ledger,
        channels, new PracticeSecrets(), mail, wiring.targets, wiring.audit)));
    Mocks.register("handleOverdueResponseListener", new HandleOverdueResponseListener(wiring.audit));
    return wiring;
  }
}
