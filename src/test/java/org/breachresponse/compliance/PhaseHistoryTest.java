package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.breachresponse.audit.AuditEntries;
import org.breachresponse.audit.AuditEntry;
import org.breachresponse.incident.TriageDecision;
import org.breachresponse.process.Phase;
import org.junit.jupiter.api.Test;

class PhaseHistoryTest {

  private static final Instant T0 = Instant.parse("2026-11-01T14:00:00Z");

  @Test
  void eachPhaseRunsUntilTheNextAndTheClosingEntryNamesWhoClosed() {
    PhaseHistory history = new PhaseHistory(List.of(
        entry(0, "front-desk", "REPORTED"), entry(10, "it-responder", "TRIAGED"), entry(20, "it-responder", "SCOPED"),
        entry(30, "engine", "PHASE_ERADICATE"), entry(40, "engine", "PHASE_RECOVER"),
        entry(50, "engine", "PHASE_REVIEW"), entry(60, "practice-owner", "PHASE_CLOSED"),
        entry(70, "it-responder", "PHASE_SOMETHING_NEW")), Set.of(), TriageDecision.CONFIRMED, T0.plusSeconds(10), "it-responder");

    assertThat(history.spans()).containsExactly(
        new Timeline.PhaseSpan(Phase.IDENTIFY, T0, T0.plusSeconds(20)),
        new Timeline.PhaseSpan(Phase.CONTAIN, T0.plusSeconds(20), T0.plusSeconds(30)),
        new Timeline.PhaseSpan(Phase.ERADICATE, T0.plusSeconds(30), T0.plusSeconds(40)),
        new Timeline.PhaseSpan(Phase.RECOVER, T0.plusSeconds(40), T0.plusSeconds(50)),
        new Timeline.PhaseSpan(Phase.REVIEW, T0.plusSeconds(50), T0.plusSeconds(60)),
        new Timeline.PhaseSpan(Phase.CLOSED, T0.plusSeconds(60), null));
    assertThat(history.closing()).hasValue(new PhaseHistory.Reached(Phase.CLOSED, T0.plusSeconds(60), "practice-owner"));
  }

  @Test
  void phasesOfTheModelOverlapAndEndWhenTheirSubprocessEnds() {
    PhaseHistory history = new PhaseHistory(List.of(
        entry(0, "front-desk", "REPORTED"), entry(20, "it-responder", "SCOPED"), entry(20, "engine", "PHASE_CONTAIN"),
        entry(30, "engine", "PHASE_ENDED_IDENTIFY"), entry(30, "engine", "PHASE_NOTIFY"),
        entry(40, "engine", "PHASE_ENDED_CONTAIN"), entry(40, "engine", "PHASE_ERADICATE")),
        Set.of(Phase.NOTIFY, Phase.ERADICATE), TriageDecision.CONFIRMED, T0.plusSeconds(10), "it-responder");

    assertThat(history.spans()).containsExactly(
        new Timeline.PhaseSpan(Phase.IDENTIFY, T0, T0.plusSeconds(30)),
        new Timeline.PhaseSpan(Phase.CONTAIN, T0.plusSeconds(20), T0.plusSeconds(40)),
        new Timeline.PhaseSpan(Phase.NOTIFY, T0.plusSeconds(30), null),
        new Timeline.PhaseSpan(Phase.ERADICATE, T0.plusSeconds(40), null));
  }

  @Test
  void aPhaseTheFlatModelRecordedEndsWhenTheNextBeganOnceTheIncidentHasLeftIt() {
    // Reported and scoped on the flat model (no end entries), upgraded while containing and notifying, then on.
    PhaseHistory history = new PhaseHistory(List.of(
        entry(0, "front-desk", "REPORTED"), entry(20, "it-responder", "SCOPED"), entry(20, "engine", "PHASE_CONTAIN"),
        entry(100, "engine", "PHASE_NOTIFY"), entry(100, "engine", "PHASE_CONTAIN"),
        entry(110, "engine", "PHASE_ENDED_CONTAIN"), entry(110, "engine", "PHASE_ERADICATE")),
        Set.of(Phase.NOTIFY, Phase.ERADICATE), TriageDecision.CONFIRMED, T0.plusSeconds(10), "it-responder");

    assertThat(history.spans()).containsExactly(
        new Timeline.PhaseSpan(Phase.IDENTIFY, T0, T0.plusSeconds(20)),
        new Timeline.PhaseSpan(Phase.CONTAIN, T0.plusSeconds(20), T0.plusSeconds(110)),
        new Timeline.PhaseSpan(Phase.NOTIFY, T0.plusSeconds(100), null),
        new Timeline.PhaseSpan(Phase.ERADICATE, T0.plusSeconds(110), null));
  }

  @Test
  void aFalseAlarmIsClosedByWhoeverTriagedIt() {
    PhaseHistory history = new PhaseHistory(List.of(entry(0, "front-desk", "REPORTED"),
        entry(10, "it-responder", "TRIAGED")), Set.of(), TriageDecision.FALSE_ALARM, T0.plusSeconds(9), "it-responder");

    assertThat(history.spans()).extracting(Timeline.PhaseSpan::phase).containsExactly(Phase.IDENTIFY, Phase.CLOSED);
    assertThat(history.closing()).hasValue(new PhaseHistory.Reached(Phase.CLOSED, T0.plusSeconds(9), "it-responder"));
  }

  @Test
  void anOpenIncidentsLastPhaseHasNoEnd() {
    PhaseHistory history = new PhaseHistory(List.of(entry(0, "front-desk", "REPORTED")), Set.of(Phase.IDENTIFY), null, null, null);

    assertThat(history.spans()).containsExactly(new Timeline.PhaseSpan(Phase.IDENTIFY, T0, null));
    assertThat(history.closing()).isEmpty();
  }

  @Test
  void anIncidentStandsAtItsWorstDeadline() {
    assertThat(IncidentStandings.Counts.of(List.of(DeadlineStatus.MET, DeadlineStatus.MISSED, DeadlineStatus.PENDING))
        .overall()).isEqualTo(IncidentStandings.Overall.MISSED);
    assertThat(IncidentStandings.Counts.of(List.of(DeadlineStatus.MET, DeadlineStatus.PENDING)).overall())
        .isEqualTo(IncidentStandings.Overall.PENDING);
    assertThat(IncidentStandings.Counts.of(List.of(DeadlineStatus.MET, DeadlineStatus.NOT_SENT)).overall())
        .isEqualTo(IncidentStandings.Overall.MET);
    assertThat(IncidentStandings.Counts.of(List.of(DeadlineStatus.NOT_SENT)))
        .isEqualTo(new IncidentStandings.Counts(0, 0, 0, 1))
        .satisfies(c -> assertThat(c.overall()).isEqualTo(IncidentStandings.Overall.NONE));
  }

  private static AuditEntry entry(int seconds, String actor, String action) {
    return AuditEntries.entry(T0.plusSeconds(seconds), actor, "BR-2026-0001", action, action.toLowerCase());
  }
}
