package org.breachresponse.incident;

import jakarta.validation.Validation;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * The incident service on a map instead of the database, for the engine path tests: the listeners
 * and the domain rules are the real ones; the JPA side is covered by the in-server tests.
 */
public class InMemoryIncidentService extends IncidentService {

  private final Map<IncidentReference, Incident> incidents = new LinkedHashMap<>();

  public InMemoryIncidentService() {
    validator = Validation.buildDefaultValidatorFactory().getValidator();
  }

  @Override
  public Incident register(IncidentReport report, String recordedBy, String practiceId) {
    validate(report);
    IncidentReference reference = IncidentReference.of(Year.now(), incidents.size() + 1);
    Incident incident = Incident.report(reference, practiceId, report, recordedBy, Instant.now());
    incidents.put(reference, incident);
    return incident;
  }

  @Override
  public java.util.Optional<String> practiceName(String practiceId) {
    return java.util.Optional.empty();
  }

  @Override
  public void triage(IncidentReference reference, TriageDecision decision, String reason, String by) {
    get(reference).triage(decision, reason, by, Instant.now());
  }

  @Override
  public void recordScope(IncidentReference reference, Scope scope, String by) {
    get(reference).recordScope(scope, by, Instant.now());
  }

  @Override
  public void phaseStarted(IncidentReference reference, Phase phase) {
    get(reference).enter(phase);
  }

  @Override
  public void phaseEnded(IncidentReference reference, Phase phase) {
    get(reference).leave(phase);
  }

  @Override
  public void close(IncidentReference reference, String by) {
    get(reference).close(by, Instant.now());
  }

  @Override
  public Incident get(IncidentReference reference) {
    Incident incident = incidents.get(reference);
    if (incident == null) {
      throw new IncidentNotFoundException(reference);
    }
    return incident;
  }
}
