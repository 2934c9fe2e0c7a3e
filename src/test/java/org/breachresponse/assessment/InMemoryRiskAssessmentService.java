package org.breachresponse.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.IncidentReference;

/** Risk assessments kept in a list, with the real determination rules, for the engine path tests. */
public class InMemoryRiskAssessmentService extends RiskAssessmentService {

  private final IncidentService incidents;
  private final List<FourFactorAssessment> recorded = new ArrayList<>();

  public InMemoryRiskAssessmentService(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public AssessmentOutcome record(IncidentReference reference, FourFactorAssessment assessment, Set<DataType> dataTypes,
      String by) {
    InvalidInputException.ifAny(refusals(incidents.get(reference), assessment, dataTypes));
    incidents.addDataTypes(reference, dataTypes);
    recorded.add(assessment);
    return assessment.outcome();
  }

  /** No stored row here: the determination date defaults to discovery. */
  @Override
  public Optional<RiskAssessment> current(Incident incident) {
    return Optional.empty();
  }

  public List<FourFactorAssessment> recorded() {
    return List.copyOf(recorded);
  }
}
