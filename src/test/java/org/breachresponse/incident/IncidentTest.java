package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.process.Phase;
import org.junit.jupiter.api.Test;
import org.breachresponse.process.IncidentReference;

class IncidentTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void scopingRecordsWhatWasHitAndLeavesThePhaseToTheProcess() {
    Incident incident = reported();
    incident.triage(TriageDecision.CONFIRMED, "Ransom note", "it-responder", NOW);
    incident.recordScope(scope(), "it-responder", NOW);

    assertThat(incident.phase()).as("containment starts when the process enters Phase_Contain").isEqualTo(Phase.IDENTIFY);
    assertThat(incident.totalIndividuals()).isEqualTo(512);
    assertThat(incident.scopedBy()).isEqualTo("it-responder");
  }

  @Test
  void falseAlarmClosesTheIncidentAndCannotBeScoped() {
    Incident incident = reported();
    incident.triage(TriageDecision.FALSE_ALARM, "Windows update", "it-responder", NOW);

    assertThat(incident.phase()).isEqualTo(Phase.CLOSED);
    assertThatThrownBy(() -> incident.recordScope(scope(), "it-responder", NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void triageIsDecidedOnce() {
    Incident incident = reported();
    incident.triage(TriageDecision.CONFIRMED, "Ransom note", "it-responder", NOW);

    assertThatThrownBy(() -> incident.triage(TriageDecision.FALSE_ALARM, "changed my mind", "someone", NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThat(incident.triageDecision()).isEqualTo(TriageDecision.CONFIRMED);
  }

  @Test
  void thePhaseIsTheMostAdvancedRunningOneInLifecycleOrder() {
    Incident incident = reported();
    assertThat(incident.activePhases()).containsExactly(Phase.IDENTIFY);
    incident.triage(TriageDecision.CONFIRMED, "Ransom note", "it-responder", NOW);
    incident.recordScope(scope(), "it-responder", NOW);
    assertThat(incident.phase()).as("scoping alone starts no phase").isEqualTo(Phase.IDENTIFY);

    incident.enter(Phase.CONTAIN);
    assertThat(incident.phase()).isEqualTo(Phase.CONTAIN);
    assertThat(incident.activePhases()).containsExactly(Phase.IDENTIFY, Phase.CONTAIN);
    incident.leave(Phase.IDENTIFY);
    incident.enter(Phase.NOTIFY);
    incident.leave(Phase.CONTAIN);
    incident.enter(Phase.ERADICATE);
    assertThat(incident.phase()).as("notifying while removing the threat").isEqualTo(Phase.NOTIFY);
    incident.leave(Phase.NOTIFY);
    assertThat(incident.phase()).isEqualTo(Phase.ERADICATE);
    assertThat(incident.hasReached(Phase.CONTAIN)).isTrue();
    assertThat(incident.isActive(Phase.CONTAIN)).isFalse();
    assertThat(incident.hasReached(Phase.RECOVER)).isFalse();
  }

  @Test
  void closedOnlyAfterTheReviewAndThenNoPhaseStarts() {
    Incident incident = reported();
    incident.triage(TriageDecision.CONFIRMED, "Ransom note", "it-responder", NOW);
    incident.recordScope(scope(), "it-responder", NOW);
    incident.leave(Phase.IDENTIFY);
    incident.enter(Phase.RECOVER);
    assertThatThrownBy(() -> incident.close("owner", NOW)).hasMessageContaining("only be closed after the review");

    incident.leave(Phase.RECOVER);
    incident.enter(Phase.REVIEW);
    incident.leave(Phase.REVIEW);
    assertThat(incident.phase()).as("between the review and closing").isEqualTo(Phase.REVIEW);
    incident.close("owner", NOW);
    assertThat(incident.phase()).isEqualTo(Phase.CLOSED);
    assertThat(incident.activePhases()).isEmpty();
    assertThatThrownBy(() -> incident.enter(Phase.CONTAIN)).hasMessageContaining("cannot enter CONTAIN");
  }

  private static Incident reported() {
    return Incident.report(IncidentReference.of("BR-2026-0001"), "bright-smiles", new IncidentReport("Maria", LocalDate.of(2026, 11, 27),
        List.of(Sign.STRANGE_MESSAGES_TO_USERS), null, "Ransom note"), "front-desk", NOW);
  }

  private static Scope scope() {
    return new Scope(List.of(new Hostname("fd-pc-01")), List.of(new AccountName("mlopez")), Set.of(DataType.NAMES),
        "Phishing", null, Map.of(UsJurisdiction.TX, 501, UsJurisdiction.FL, 11), false);
  }
}
