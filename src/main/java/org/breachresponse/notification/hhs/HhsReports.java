package org.breachresponse.notification.hhs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.breachresponse.assessment.RiskAssessmentService;
import org.breachresponse.containment.ContainmentSection;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.notification.NotificationRecords;
import org.breachresponse.notification.individual.Letterheads;
import org.breachresponse.notification.individual.PracticeDetails;
import org.breachresponse.notification.individual.PracticeDetailsMissingException;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.practice.Practice;
import org.breachresponse.process.IncidentReference;

/**
 * Gathers what the HHS worksheet and the annual log are built from (docs/legal-sources.md, 'HHS breach portal'):
 * the incident, its current risk assessment, its notices with their substitute notices, and containment's counts,
 * read in one transaction so the incident's collections load. The building itself is {@link HhsWorksheets}'s
 * and {@link HhsAnnualLog}'s.
 */
@ApplicationScoped
public class HhsReports {

  @Inject
  private IncidentService incidents;

  @Inject
  private RiskAssessmentService assessments;

  @Inject
  private NotificationRecords records;

  @Inject
  private ContainmentSection containment;

  @Inject
  private Letterheads letterheads;

  /** @throws PracticeDetailsMissingException when the details of the incident's practice are unset */
  @Transactional
  public HhsWorksheet worksheet(IncidentReference reference) {
    Incident incident = incidents.get(reference);
    PracticeDetails practice = letterheads.of(incident.practiceId());
    List<NotificationObligation> obligations = records.obligations(reference);
    return HhsWorksheets.build(incident, assessments.current(incident), obligations, substituteNotices(obligations),
        practice, actionsTaken(incident));
  }

  /** The log of {@code practice}, which the caller reaches: its incidents only. */
  @Transactional
  public HhsAnnualLog annualLog(int year, Practice practice) {
    PracticeView coveredEntity = new PracticeView(practice.id().value(), practice.name());
    List<HhsAnnualLog.Candidate> candidates = records.annualLogCandidates(year, coveredEntity.id()).stream().map(incident -> {
      List<NotificationObligation> obligations = records.obligations(incident.reference());
      return new HhsAnnualLog.Candidate(incident, obligations, substituteNotices(obligations), actionsTaken(incident));
    }).toList();
    return HhsAnnualLog.of(year, coveredEntity, candidates);
  }

  private List<SubstituteNotice> substituteNotices(List<NotificationObligation> obligations) {
    return obligations.stream().filter(o -> o.recipient() == Recipient.INDIVIDUALS)
        .flatMap(o -> records.substituteNotices(o.id()).stream()).toList();
  }

  private ActionsTaken actionsTaken(Incident incident) {
    return ActionsTaken.of(incident, containment.describe(incident));
  }
}
