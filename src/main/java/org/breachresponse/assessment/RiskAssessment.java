package org.breachresponse.assessment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import org.breachresponse.incident.Incident;

/**
 * A stored breach determination. Never changed: a reassessment is a new row, and the newest one counts,
 * so the record shows every determination made and by whom.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_assessment_seq")
  @SequenceGenerator(name = "risk_assessment_seq", sequenceName = "risk_assessment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Enumerated(EnumType.STRING)
  @Column(name = "exclusion", nullable = false, updatable = false, length = 45)
  private BreachExclusion exclusion;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "rating", column = @Column(name = "nature_of_phi_rating", nullable = false, length = 6)),
      @AttributeOverride(name = "rationale", column = @Column(name = "nature_of_phi_rationale", nullable = false, length = 4000))})
  private RiskFactor natureOfPhi;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "rating", column = @Column(name = "unauthorized_person_rating", nullable = false, length = 6)),
      @AttributeOverride(name = "rationale", column = @Column(name = "unauthorized_person_rationale", nullable = false, length = 4000))})
  private RiskFactor unauthorizedPerson;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "rating", column = @Column(name = "acquired_or_viewed_rating", nullable = false, length = 6)),
      @AttributeOverride(name = "rationale", column = @Column(name = "acquired_or_viewed_rationale", nullable = false, length = 4000))})
  private RiskFactor acquiredOrViewed;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "rating", column = @Column(name = "mitigation_rating", nullable = false, length = 6)),
      @AttributeOverride(name = "rationale", column = @Column(name = "mitigation_rationale", nullable = false, length = 4000))})
  private RiskFactor mitigation;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 30)
  private AssessmentOutcome outcome;

  @Column(name = "justification", nullable = false, updatable = false, length = 4000)
  private String justification;

  @Column(name = "assessed_by", nullable = false, updatable = false, length = 64)
  private String assessedBy;

  @Column(name = "assessed_at", nullable = false, updatable = false)
  private Instant assessedAt;

  protected RiskAssessment() {
  }

  RiskAssessment(Incident incident, FourFactorAssessment assessment, String assessedBy, Instant assessedAt) {
    this.incident = incident;
    this.exclusion = assessment.exclusion();
    this.natureOfPhi = assessment.natureOfPhi();
    this.unauthorizedPerson = assessment.unauthorizedPerson();
    this.acquiredOrViewed = assessment.acquiredOrViewed();
    this.mitigation = assessment.mitigation();
    this.outcome = assessment.outcome();
    this.justification = assessment.justification();
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
  }

  public BreachExclusion exclusion() { return exclusion; }
  public RiskFactor natureOfPhi() { return natureOfPhi; }
  public RiskFactor unauthorizedPerson() { return unauthorizedPerson; }
  public RiskFactor acquiredOrViewed() { return acquiredOrViewed; }
  public RiskFactor mitigation() { return mitigation; }
  public AssessmentOutcome outcome() { return outcome; }
  public String justification() { return justification; }
  public String assessedBy() { return assessedBy; }
  public Instant assessedAt() { return assessedAt; }
}
