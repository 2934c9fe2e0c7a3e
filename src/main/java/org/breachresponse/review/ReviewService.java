package org.breachresponse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.NotificationRecords;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * The review and the closing. The process reaches the review only after recovery, and the closing only
 * after the review and every notice; the checks here hold the same rule if a task is moved by hand in Cockpit.
 */
@ApplicationScoped
@Named
public class ReviewService {

  private IncidentService incidents;
  private ReviewRecords records;
  private NotificationRecords notifications;
  private AuditTrail auditTrail;
  private PracticeClock clock;

  protected ReviewService() {
  }

  @Inject
  public ReviewService(IncidentService incidents, ReviewRecords records, NotificationRecords notifications,
      AuditTrail auditTrail, PracticeClock clock) {
    this.incidents = incidents;
    this.records = records;
    this.notifications = notifications;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** {@code privacyOfficerConfirmed}: the named reviewer is one of the practice's privacy officers. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordReview(IncidentReference reference, ReviewForm form, boolean privacyOfficerConfirmed, String by) {
    if (!privacyOfficerConfirmed) {
      throw new InvalidInputException(ReviewForm.PRIVACY_OFFICER,
          "'" + form.privacyOfficer() + "' is not a user of the privacy-officer group: the review is held with one");
    }
    Incident incident = incidents.get(reference);
    if (!incident.isActive(Phase.REVIEW) || records.review(reference).isPresent()) {
      throw new IllegalStateException(reference + " is in phase " + incident.phase() + " or already reviewed");
    }
    records.add(new SecurityReview(incident, form, by, clock.now()));
    auditTrail.record(reference, AuditStep.REVIEWED, by, "Security review recorded with privacy officer " + form.privacyOfficer());
  }

  /** The last step; refused while the review or a notice is outstanding. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void close(IncidentReference reference, String by) {
    if (records.review(reference).isEmpty()) {
      throw new IllegalStateException(reference + " cannot close before its security review is recorded");
    }
    long outstanding = notifications.obligations(reference).stream()
        .filter(obligation -> obligation.status() == ObligationStatus.PLANNED).count();
    if (outstanding > 0) {
      throw new IllegalStateException(reference + " cannot close while " + outstanding + " notices are outstanding");
    }
    incidents.close(reference, by);
  }

}
