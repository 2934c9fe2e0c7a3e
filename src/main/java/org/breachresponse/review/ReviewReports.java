package org.breachresponse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.incident.IncidentService;
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
  private PracticeClock clock;

  @Transactional
  public byte[] pdf(IncidentReference reference) {
    Incident incident = incidents.get(reference);
    SecurityReview review = reviews.review(reference)
        .orElseThrow(() -> new IncidentNotFoundException(reference, "security review"));
    return ReviewReportPdf.render(incident, review, recovery.restorations(reference), recovery.securityGaps(reference),
        clock.zone());
  }
}
