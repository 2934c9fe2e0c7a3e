package org.breachresponse.notification.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.breachresponse.incident.Incident;

/**
 * One notice the practice must (or chose to) send for an incident, and the proof that it went out. Under
 * HIPAA the practice carries the burden of proving every notice was made (45 CFR 164.414(b);
 * docs/legal-sources.md, 'Burden of proof and retention'), so nothing here is deleted: a legal notice that will
 * not be sent keeps its row with the reason. The legal due date stays as the rules derived it; a law-enforcement
 * delay moves only {@code dueDate}.
 */
@Entity
@Table(name = "notification_obligation")
public class NotificationObligation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_obligation_seq")
  @SequenceGenerator(name = "notification_obligation_seq", sequenceName = "notification_obligation_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient", nullable = false, updatable = false, length = 30)
  private Recipient recipient;

  @Column(name = "jurisdiction", nullable = false, updatable = false, length = 2)
  private String jurisdiction;

  @Column(name = "authority", nullable = false, updatable = false, length = 200)
  private String authority;

  @Column(name = "basis", nullable = false, updatable = false, length = 300)
  private String basis;

  @Column(name = "required_by_law", nullable = false, updatable = false)
  private boolean requiredByLaw;

  @Column(name = "uncertain", nullable = false, updatable = false)
  private boolean uncertain;

  @Column(name = "legal_due_date", nullable = false, updatable = false)
  private LocalDate legalDueDate;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "planned_by", nullable = false, updatable = false, length = 64)
  private String plannedBy;

  @Column(name = "planned_at", nullable = false, updatable = false)
  private Instant plannedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private ObligationStatus status;

  @Column(name = "not_sent_reason", length = 2000)
  private String notSentReason;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(name = "method", length = 200)
  private String method;

  @Column(name = "proof", length = 1000)
  private String proof;

  @Column(name = "without_usable_contact")
  private Integer withoutUsableContact;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  protected NotificationObligation() {
  }

  private NotificationObligation(Incident incident, Recipient recipient, String jurisdiction, String authority,
      String basis, boolean requiredByLaw, boolean uncertain, LocalDate dueDate, String by, Instant at) {
    this.incident = incident;
    this.recipient = recipient;
    this.jurisdiction = jurisdiction;
    this.authority = authority;
    this.basis = basis;
    this.requiredByLaw = requiredByLaw;
    this.uncertain = uncertain;
    this.legalDueDate = dueDate;
    this.dueDate = dueDate;
    this.plannedBy = by;
    this.plannedAt = at;
    this.status = ObligationStatus.PLANNED;
  }

  public static NotificationObligation required(Incident incident, DerivedObligation derived, Instant at) {
    return new NotificationObligation(incident, derived.recipient(), derived.jurisdiction(), derived.authority(),
        derived.basis(), true, derived.uncertain(), derived.dueDate(), "notification rules", at);
  }

  public static NotificationObligation added(Incident incident, AddedNotice notice, String by, Instant at) {
    return new NotificationObligation(incident, notice.recipient(), notice.jurisdiction(), notice.authority(),
        notice.basis(), notice.requiredByLaw(), false, notice.dueDate(), by, at);
  }

  /** A legal notice is not removed, only marked as not sent, and only with a reason. */
  public void markNotSent(String reason, String by, Instant at) {
    if (status != ObligationStatus.PLANNED) {
      throw new IllegalStateException("notice " + id + " is already " + status);
    }
    this.status = ObligationStatus.NOT_SENT;
    this.notSentReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public void markSent(SentNotice sent, String by, Instant at) {
    if (status != ObligationStatus.PLANNED) {
      throw new IllegalStateException("notice " + id + " is already " + status);
    }
    this.status = ObligationStatus.SENT;
    this.sentOn = sent.sentOn();
    this.method = sent.method();
    this.proof = sent.proof();
    this.withoutUsableContact = sent.withoutUsableContact();
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** 45 CFR 164.412: a law-enforcement delay moves the deadline later, never earlier. */
  public boolean postponeTo(LocalDate until) {
    if (status == ObligationStatus.PLANNED && until.isAfter(dueDate)) {
      dueDate = until;
      return true;
    }
    return false;
  }

  public void escalated(Instant at) {
    this.escalatedAt = at;
  }

  /** The notices of HIPAA's subpart D, which a law-enforcement delay under 164.412 postpones. */
  public boolean isHipaaNotice() {
    return requiredByLaw && switch (recipient) {
      case HHS, MEDIA, COVERED_ENTITY -> true;
      case INDIVIDUALS -> DerivedObligation.FEDERAL.equals(jurisdiction);
      default -> false;
    };
  }

  /** As tasks and the audit trail name the notice: "Affected individuals (US)". */
  public String title() {
    return NoticeTexts.title(this);
  }

  public Long id() { return id; }
  public Incident incident() { return incident; }
  public Recipient recipient() { return recipient; }
  public String jurisdiction() { return jurisdiction; }
  public String authority() { return authority; }
  public String basis() { return basis; }
  public boolean requiredByLaw() { return requiredByLaw; }
  public boolean uncertain() { return uncertain; }
  public LocalDate legalDueDate() { return legalDueDate; }
  public LocalDate dueDate() { return dueDate; }
  public String plannedBy() { return plannedBy; }
  public Instant plannedAt() { return plannedAt; }
  public ObligationStatus status() { return status; }
  public String notSentReason() { return notSentReason; }
  public LocalDate sentOn() { return sentOn; }
  public String method() { return method; }
  public String proof() { return proof; }
  public Integer withoutUsableContact() { return withoutUsableContact; }
  public String decidedBy() { return decidedBy; }
  public Instant decidedAt() { return decidedAt; }
  public Instant escalatedAt() { return escalatedAt; }
}
