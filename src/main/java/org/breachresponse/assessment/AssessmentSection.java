package org.breachresponse.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentDetailSection;

/** The {@code assessment} part of an incident's detail: the current determination. */
@ApplicationScoped
public class AssessmentSection implements IncidentDetailSection {

  @Inject
  private RiskAssessmentService riskAssessmentService;

  @Override
  public String key() {
    return "assessment";
  }

  @Override
  public Optional<AssessmentView> describe(Incident incident) {
    return riskAssessmentService.current(incident).map(AssessmentView::of);
  }

  /** How the assessment reads in the API. */
  public record AssessmentView(AssessmentOutcome outcome, boolean notifiable, BreachExclusion exclusion,
      Factor natureOfPhi, Factor unauthorizedPerson, Factor acquiredOrViewed, Factor mitigation,
      String justification, String assessedBy, Instant assessedAt) {

    static AssessmentView of(RiskAssessment a) {
      return new AssessmentView(a.outcome(), a.outcome().notifiable(), a.exclusion(), Factor.of(a.natureOfPhi()),
          Factor.of(a.unauthorizedPerson()), Factor.of(a.acquiredOrViewed()), Factor.of(a.mitigation()),
          a.justification(), a.assessedBy(), a.assessedAt());
    }
  }

  /** One factor's rating and rationale. */
  public record Factor(Rating rating, String rationale) {

    static Factor of(RiskFactor factor) {
      return new Factor(factor.rating(), factor.rationale());
    }
  }
}
