package org.breachresponse.containment;

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
import org.breachresponse.incident.Incident;
import org.breachresponse.input.InvalidInputException;

/**
 * One machine or account of an incident's approved containment plan, and for a machine the way back:
 * evidence, cleansing and an independent verification. The rules of NIST SP 800-61 §3.3–3.4 as
 * docs/legal-sources.md, 'Evidence and chain of custody', summarises them live here: evidence is recorded (or its
 * absence explained) before a machine is cleansed, and the person who verifies a machine clean is not the one who
 * cleansed it.
 */
@Entity
@Table(name = "containment_target")
public class ContainmentTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "containment_target_seq")
  @SequenceGenerator(name = "containment_target_seq", sequenceName = "containment_target_seq", allocationSize = 50)
  private Long id;

  @Version
  private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 8)
  private TargetKind kind;

  @Column(name = "name", nullable = false, length = 253)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private TargetStatus status;

  @Column(name = "held_back_reason", length = 2000)
  private String heldBackReason;

  @Column(name = "approved_by", nullable = false, length = 64)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  @Column(name = "handled_by_person", length = 64)
  private String handledByPerson;

  @Column(name = "person_notes", length = 4000)
  private String personNotes;

  @Column(name = "no_evidence_reason", length = 2000)
  private String noEvidenceReason;

  @Column(name = "evidence_recorded_by", length = 64)
  private String evidenceRecordedBy;

  @Column(name = "evidence_recorded_at")
  private Instant evidenceRecordedAt;

  @Column(name = "scan_result", length = 2000)
  private String scanResult;

  @Enumerated(EnumType.STRING)
  @Column(name = "remedy", length = 12)
  private Remedy remedy;

  @Column(name = "attacker_tools", length = 4000)
  private String attackerTools;

  @Column(name = "cleansed_by", length = 64)
  private String cleansedBy;

  @Column(name = "cleansed_at")
  private Instant cleansedAt;

  @Column(name = "verification_notes", length = 2000)
  private String verificationNotes;

  @Column(name = "verified_clean")
  private Boolean verifiedClean;

  @Column(name = "verified_by", length = 64)
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  protected ContainmentTarget() {
  }

  /** A target of the approved plan; one held back (with its reason) goes straight to a person. */
  static ContainmentTarget approve(Incident incident, TargetKind kind, String name, String heldBackReason,
      String by, Instant at) {
    ContainmentTarget target = new ContainmentTarget();
    target.incident = incident;
    target.kind = kind;
    target.name = name;
    target.heldBackReason = heldBackReason;
    target.status = heldBackReason == null ? TargetStatus.PENDING : TargetStatus.NEEDS_PERSON;
    target.approvedBy = by;
    target.approvedAt = at;
    return target;
  }

  void moveTo(TargetStatus next) {
    if (status == TargetStatus.RESTORED || status == TargetStatus.RETIRED) {
      throw new IllegalStateException(kind + " " + name + " is already " + status);
    }
    status = next;
  }

  /** What a person did when the engine could not or should not act: {@code result} and why. */
  void handledByPerson(TargetStatus result, String notes, String by) {
    if (status != TargetStatus.NEEDS_PERSON) {
      throw new IllegalStateException(kind + " " + name + " does not wait for a person; it is " + status);
    }
    if (notes == null || notes.isBlank() || notes.length() > 4000) {
      throw new InvalidInputException("personNotes", "say what you did or why it stays as it is, in at most 4000 characters");
    }
    status = result;
    personNotes = notes.strip();
    handledByPerson = by;
  }

  void evidenceRecorded(String noEvidenceReason, String by, Instant at) {
    requireMachine();
    this.noEvidenceReason = noEvidenceReason;
    evidenceRecordedBy = by;
    evidenceRecordedAt = at;
  }

  void cleanse(String scanResult, Remedy remedy, String attackerTools, String by, Instant at) {
    requireMachine();
    if (evidenceRecordedAt == null) {
      throw new IllegalStateException(name + " cannot be cleansed before its evidence is recorded"
          + " (or the reason why none was taken)");
    }
    this.scanResult = scanResult;
    this.remedy = remedy;
    this.attackerTools = attackerTools;
    cleansedBy = by;
    cleansedAt = at;
    verifiedClean = null;
    verifiedBy = null;
    verifiedAt = null;
    verificationNotes = null;
  }

  /** The four-eyes check: refused for the person who cleansed the machine. */
  void verify(boolean clean, String notes, String by, Instant at) {
    requireMachine();
    if (cleansedBy == null) {
      throw new IllegalStateException(name + " cannot be verified before it is cleansed");
    }
    checkMayVerify(by);
    verifiedClean = clean;
    verificationNotes = notes;
    verifiedBy = by;
    verifiedAt = at;
  }

  /** Refuses {@code user} if they cleansed the machine: a second person must verify it. */
  void checkMayVerify(String user) {
    if (user != null && user.equals(cleansedBy)) {
      throw new InvalidInputException("verifiedBy", name + " was cleansed by " + cleansedBy
          + "; someone else must verify it is clean");
    }
  }

  boolean readyToReturn() {
    return Boolean.TRUE.equals(verifiedClean);
  }

  private void requireMachine() {
    if (kind != TargetKind.MACHINE) {
      throw new IllegalStateException(name + " is an account, not a machine");
    }
  }

  public Long id() { return id; }
  public Incident incident() { return incident; }
  public TargetKind kind() { return kind; }
  public String name() { return name; }
  public TargetStatus status() { return status; }
  public String heldBackReason() { return heldBackReason; }
  public String approvedBy() { return approvedBy; }
  public Instant approvedAt() { return approvedAt; }
  public String handledByPerson() { return handledByPerson; }
  public String personNotes() { return personNotes; }
  public String noEvidenceReason() { return noEvidenceReason; }
  public String evidenceRecordedBy() { return evidenceRecordedBy; }
  public Instant evidenceRecordedAt() { return evidenceRecordedAt; }
  public String scanResult() { return scanResult; }
  public Remedy remedy() { return remedy; }
  public String attackerTools() { return attackerTools; }
  public String cleansedBy() { return cleansedBy; }
  public Instant cleansedAt() { return cleansedAt; }
  public String verificationNotes() { return verificationNotes; }
  public Boolean verifiedClean() { return verifiedClean; }
  public String verifiedBy() { return verifiedBy; }
  public Instant verifiedAt() { return verifiedAt; }
}
