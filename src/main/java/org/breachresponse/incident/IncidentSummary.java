package org.breachresponse.incident;

import java.time.Instant;
import java.time.LocalDate;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/** One line of the incident list. */
public record IncidentSummary(IncidentReference reference, String practice, Phase phase, Instant reportedAt, LocalDate discoveryDate,
    String recordedBy, TriageDecision triageDecision) {

  static IncidentSummary of(Incident incident) {
    return new IncidentSummary(incident.reference(), incident.practiceId(), incident.phase(), incident.reportedAt(),
        incident.discoveryDate(), incident.recordedBy(), incident.triageDecision());
  }
}
