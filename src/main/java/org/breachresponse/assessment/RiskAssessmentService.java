package org.breachresponse.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.IncidentReference;

/** Records breach determinations and answers what the current one is. */
@ApplicationScoped
public class RiskAssessmentService {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Inject
  private IncidentService incidentService;

  @Inject
  private AuditTrail auditTrail;

  @Inject
  PracticeClock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public AssessmentOutcome record(IncidentReference reference, FourFactorAssessment assessment, String by) {
    Incident incident = incidentService.get(reference);
    List<FieldError> contradictions = assessment.contradictions(incident.encryptedKeySafe());
    if (!contradictions.isEmpty()) {
      throw new InvalidInputException(contradictions);
    }
    entityManager.persist(new RiskAssessment(incident, assessment, by, clock.now()));
    auditTrail.record(reference, AuditStep.RISK_ASSESSED, by, "Breach determination: " + assessment.outcome()
        + (assessment.exclusion() == BreachExclusion.NONE ? "" : " (" + assessment.exclusion() + ")"));
    return assessment.outcome();
  }

  /** Every determination made for the incident, oldest first: a reassessment does not erase the first one. */
  public List<RiskAssessment> history(Incident incident) {
    return entityManager.createQuery(
            "select a from RiskAssessment a where a.incident = :incident order by a.assessedAt, a.id", RiskAssessment.class)
        .setParameter("incident", incident)
        .getResultList();
  }

  public Optional<RiskAssessment> current(Incident incident) {
    return entityManager.createQuery(
            "select a from RiskAssessment a where a.incident = :incident order by a.assessedAt desc, a.id desc",
            RiskAssessment.class)
        .setParameter("incident", incident)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
