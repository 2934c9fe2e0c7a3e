package org.breachresponse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentDetailSection;
import org.breachresponse.notification.obligation.LawEnforcementDelay;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.notification.obligation.Recipient;

/** "notifications" in {@code GET /api/breach/incidents/{reference}}: every notice, its deadline and proof. */
@ApplicationScoped
public class NotificationSection implements IncidentDetailSection {

  @Inject
  private NotificationRecords records;

  @Override
  public String key() {
    return "notifications";
  }

  @Override
  public Optional<NotificationsView> describe(Incident incident) {
    List<NotificationObligation> obligations = records.obligations(incident.reference());
    if (obligations.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new NotificationsView(
        obligations.stream().map(NoticeView::of).toList(),
        records.delays(incident.reference()).stream().map(DelayView::of).toList()));
  }

  public record NotificationsView(List<NoticeView> notices, List<DelayView> lawEnforcementDelays) {
  }

  public record NoticeView(long id, Recipient recipient, String jurisdiction, String authority, String basis,
      boolean requiredByLaw, boolean uncertain, LocalDate legalDueDate, LocalDate dueDate, ObligationStatus status,
      LocalDate sentOn, String method, String proof, String notSentReason, String decidedBy, Instant escalatedAt) {

    static NoticeView of(NotificationObligation o) {
      return new NoticeView(o.id(), o.recipient(), o.jurisdiction(), o.authority(), o.basis(), o.requiredByLaw(),
          o.uncertain(), o.legalDueDate(), o.dueDate(), o.status(), o.sentOn(), o.method(), o.proof(),
          o.notSentReason(), o.decidedBy(), o.escalatedAt());
    }
  }

  public record DelayView(LawEnforcementDelay.Form form, String official, String agency, LocalDate statedOn,
      LocalDate delayedUntil, String recordedBy) {

    static DelayView of(LawEnforcementDelay d) {
      return new DelayView(d.form(), d.official(), d.agency(), d.statedOn(), d.delayedUntil(), d.recordedBy());
    }
  }
}
