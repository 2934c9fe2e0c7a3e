package org.breachresponse.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.breachresponse.incident.Incident;

/** {@code Review security measures}: the lessons learned from one incident, written once. */
@Entity
@Table(name = "security_review")
public class SecurityReview {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_review_seq")
  @SequenceGenerator(name = "security_review_seq", sequenceName = "security_review_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Column(name = "root_cause", nullable = false, updatable = false, length = 4000)
  private String rootCause;

  @Column(name = "what_worked", nullable = false, updatable = false, length = 4000)
  private String whatWorked;

  @Column(name = "what_did_not_work", nullable = false, updatable = false, length = 4000)
  private String whatDidNotWork;

  @Column(name = "policy_changes", nullable = false, updatable = false, length = 4000)
  private String policyChanges;

  @Column(name = "training", nullable = false, updatable = false, length = 4000)
  private String training;

  @Column(name = "privacy_officer", nullable = false, updatable = false, length = 64)
  private String privacyOfficer;

  @Column(name = "reviewed_by", nullable = false, updatable = false, length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private Instant reviewedAt;

  protected SecurityReview() {
  }

  SecurityReview(Incident incident, ReviewForm form, String by, Instant at) {
    this.incident = incident;
    this.rootCause = form.rootCause();
    this.whatWorked = form.whatWorked();
    this.whatDidNotWork = form.whatDidNotWork();
    this.policyChanges = form.policyChanges();
    this.training = form.training();
    this.privacyOfficer = form.privacyOfficer();
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  public Incident incident() { return incident; }
  public String rootCause() { return rootCause; }
  public String whatWorked() { return whatWorked; }
  public String whatDidNotWork() { return whatDidNotWork; }
  public String policyChanges() { return policyChanges; }
  public String training() { return training; }
  public String privacyOfficer() { return privacyOfficer; }
  public String reviewedBy() { return reviewedBy; }
  public Instant reviewedAt() { return reviewedAt; }
}
