package org.breachresponse.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.DataType;
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

  /**
   * Records the determination and adds {@code dataTypes}, types of information involved that the scope did not
   * name. Refused, with nothing recorded, when it contradicts the scope or finds a notifiable breach while neither
   * the scope nor the assessment names any type of information: every notice must (45 CFR 164.404(c)(1)(B)).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AssessmentOutcome record(IncidentReference reference, FourFactorAssessment assessment, Set<DataType> dataTypes,
      String by) {
    Incident incident = incidentService.get(reference);
    InvalidInputException.ifAny(refusals(incident, assessment, dataTypes));
    Set<DataType> added = incidentService.addDataTypes(reference, dataTypes);
    entityManager.persist(new RiskAssessment(incident, assessment, by, clock.now()));
    auditTrail.record(reference, AuditStep.RISK_ASSESSED, by, "Breach determination: " + assessment.outcome()
        + (assessment.exclusion() == BreachExclusion.NONE ? "" : " (" + assessment.exclusion() + ")")
        + (added.isEmpty() ? "" : "; types of information involved added to the scope's: "
            + added.stream().map(DataType::name).sorted().collect(Collectors.joining(", "))));
    return assessment.outcome();
  }

  /** Why the assessment cannot be recorded for this incident as it stands; none when it can. */
  protected static List<FieldError> refusals(Incident incident, FourFactorAssessment assessment,
      Set<DataType> dataTypes) {
    List<FieldError> errors = new ArrayList<>(assessment.contradictions(incident.encryptedKeySafe()));
    if (assessment.outcome().notifiable() && incident.dataTypes().isEmpty() && dataTypes.isEmpty()) {
      errors.add(new FieldError("dataTypes", "tick the types of information involved: the scope names none, and"
          + " every notice of a notifiable breach must name them (45 CFR 164.404(c)(1)(B))"));
    }
    return errors;
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
