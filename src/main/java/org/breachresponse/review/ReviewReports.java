package org.breachresponse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.practice.PracticeTimeZones;
import org.breachresponse.recovery.RecoveryRecords;
import org.breachresponse.process.IncidentReference;

/** Assembles the review's report from the incident's stored records. */
@ApplicationScoped
public class ReviewReports {

  @Inject
  private IncidentService incidents;

  @Inject
  private ReviewRecords reviews;

  @Inject
  private RecoveryRecords recovery;

  @Inject
  private PracticeTimeZones zones;


  @Transactional
  public byte[] pdf(IncidentReference reference) {
    Incident incident = incidents.get(reference);
    SecurityReview review = reviews.review(reference)
        .orElseThrow(() -> new IncidentNotFoundException(reference, "security review"));
    String practiceId = incident.practiceId();
    String practiceName = practiceId == null ? null
        : incidents.practiceName(practiceId).orElse(practiceId);
    return ReviewReportPdf.render(incident, practiceName, review, recovery.restorations(reference),
        recovery.securityGaps(reference), zones.of(practiceId).zone());
  }
}
