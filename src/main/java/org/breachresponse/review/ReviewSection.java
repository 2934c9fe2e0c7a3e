package org.breachresponse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentDetailSection;

/** The {@code review} part of an incident's detail, with where its PDF report is. */
@ApplicationScoped
public class ReviewSection implements IncidentDetailSection {

  @Inject
  private ReviewRecords records;

  @Override
  public String key() {
    return "review";
  }

  @Override
  public Optional<View> describe(Incident incident) {
    return records.review(incident.reference()).map(r -> new View(r.rootCause(), r.whatWorked(), r.whatDidNotWork(),
        r.policyChanges(), r.training(), r.privacyOfficer(), r.reviewedBy(), r.reviewedAt(),
        "/camunda/api/breach/incidents/" + incident.reference() + "/review-report.pdf"));
  }

  /** What the API shows. */
  public record View(String rootCause, String whatWorked, String whatDidNotWork, String policyChanges, String training,
      String privacyOfficer, String reviewedBy, Instant reviewedAt, String report) {
  }
}
