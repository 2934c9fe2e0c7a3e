package org.breachresponse.incident;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * An incident as {@code GET /api/breach/incidents/{reference}} shows it: {@code phase} is the most advanced
 * running phase (CLOSED once closed), {@code phases} every phase running now in lifecycle order.
 */
public record IncidentView(
    IncidentReference reference,
    PracticeView practice,
    Phase phase,
    Set<Phase> phases,
    Report report,
    Triage triage,
    ScopeView scope,
    Closing closing,
    List<OpenTask> openTasks,
    @JsonIgnore Map<String, Object> sections) {

  /** Sections other capabilities add, e.g. {@code assessment}, as top-level fields. */
  @JsonAnyGetter
  public Map<String, Object> sectionFields() {
    return sections;
  }

  /** The practice the incident belongs to; null only in engine tests that run without practices. */
  public record PracticeView(String id, String name) {
  }

  public record Report(String reportedBy, String recordedBy, Instant reportedAt, LocalDate discoveryDate,
      Set<Sign> signs, String otherSigns, String description) {
  }

  public record Triage(TriageDecision decision, String reason, String triagedBy, Instant triagedAt) {
  }

  /** Who closed the incident and when; null while it is open. */
  public record Closing(String closedBy, Instant closedAt) {
  }

  public record ScopeView(List<String> affectedMachines, List<String> compromisedAccounts, Set<DataType> dataTypes,
      String howItHappened, String suspects, Map<UsJurisdiction, Integer> individualsByState, int totalIndividuals,
      Boolean encryptedKeySafe, String scopedBy, Instant scopedAt) {
  }
}
