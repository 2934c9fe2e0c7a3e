package org.breachresponse.alerting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.notification.notice.NoticeMail;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeSecrets;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.security.Roles;
import org.camunda.bpm.engine.IdentityService;

/**
 * Delivers one alert on one channel, once ({@link AlertLedger}): the e-mail (through the server's mail session) to
 * the practice's IT responders, and for a late step also to its owners and the IT provider's escalation contact; or a
 * webhook. Each delivery is an entry of the incident's audit trail. A failure is thrown: the job is retried and then
 * shows as an incident in Cockpit. A channel removed since the alert was raised is skipped, and the log says so.
 */
@ApplicationScoped
public class AlertDelivery {

  private static final Logger LOG = Logger.getLogger(AlertDelivery.class.getName());
  /** Who acts on the alerts: the system, not a person (audit entries name an actor). */
  static final String ACTOR = "breach-response";

  private AlertLedger ledger;
  private AlertChannels channels;
  private PracticeSecrets secrets;
  private NoticeMail mail;
  private ResponseTargetSettings settings;
  private AuditTrail audit;
  private final Webhooks webhooks = Webhooks.withDefaultClient();

  protected AlertDelivery() {
  }

  @Inject
  public AlertDelivery(AlertLedger ledger, AlertChannels channels, PracticeSecrets secrets, NoticeMail mail,
      ResponseTargetSettings settings, AuditTrail audit) {
    this.ledger = ledger;
    this.channels = channels;
    this.secrets = secrets;
    this.mail = mail;
    this.settings = settings;
    this.audit = audit;
  }

  /** @return whether it went out now (false: it went out before, or its channel was removed) */
  public boolean deliver(Alert alert, String channel, IdentityService identity) {
    AlertLedger.Key key = new AlertLedger.Key(alert.reference(), alert.step(), alert.action(), channel);
    if (!ledger.claim(key)) {
      LOG.info(() -> "The alert " + key + " went out before; not again");
      return false;
    }
    try {
      String sentTo = AlertChannels.EMAIL.equals(channel) ? email(alert, identity) : webhook(alert, channel);
      if (sentTo != null) {
        audit.record(IncidentReference.of(alert.reference()), AuditStep.ALERT_SENT, ACTOR,
            what(alert) + ": " + sentTo);
      }
      ledger.delivered(key);
      return sentTo != null;
    } catch (RuntimeException e) {
      ledger.release(key);
      throw e;
    }
  }

  private String email(Alert alert, IdentityService identity) {
    String practice = alert.practiceId().isEmpty() ? null : alert.practiceId(); // none: an engine test's incident
    List<String> to = new ArrayList<>(NoticeMail.addressesOf(identity, practice,
        alert.action() == AlertAction.LATE ? List.of(Roles.IT_RESPONDER, Roles.PRACTICE_OWNER)
            : List.of(Roles.IT_RESPONDER)));
    if (alert.action() == AlertAction.LATE) {
      settings.escalationEmail(practice).filter(email -> !to.contains(email)).ifPresent(to::add);
    }
    mail.send(to, alert.summary(), AlertEmail.body(alert));
    return "e-mail to " + String.join(", ", to);
  }

  private String webhook(Alert alert, String id) {
    var found = channels.find(new PracticeId(alert.practiceId()), id);
    if (found.isEmpty()) {
      LOG.info(() -> "The alert channel " + id + " was removed; the alert of " + alert.reference() + " skips it");
      return null;
    }
    AlertChannel channel = found.get();
    URI url = URI.create(channel.address(secrets.box()));
    switch (channel.kind()) {
      case TEAMS -> webhooks.post(channel.name(), url, AlertMessages.teams(alert), Map.of());
      case SLACK -> webhooks.post(channel.name(), url, AlertMessages.slack(alert), Map.of());
      case PAGERDUTY -> webhooks.post(channel.name(), url,
          AlertMessages.pagerDuty(alert, channel.secret(secrets.box()).orElseThrow(), alert.link().getHost()), Map.of());
      case SIGNED_JSON -> {
        JsonObject body = AlertMessages.signedJson(alert, UUID.randomUUID().toString());
        String secret = channel.secret(secrets.box()).orElseThrow();
        webhooks.post(channel.name(), url, body, Map.of(
            Webhooks.SIGNATURE_HEADER, Webhooks.signature(secret, body.toString()),
            Webhooks.EVENT_HEADER, body.getString("event")));
      }
    }
    return channel.kind() + " '" + channel.name() + "' (" + channel.shownAddress() + ")";
  }

  private static String what(Alert alert) {
    return switch (alert.action()) {
      case RAISED -> "Alerted that " + alert.step().label() + " waits";
      case RESOLVED -> "Alert resolved (" + alert.outcome() + ")";
      case LATE -> "Alerted that " + alert.step().label() + " passed its target"
          + (alert.dueAt() == null ? "" : " (" + alert.dueAt() + ")");
    };
  }
}
