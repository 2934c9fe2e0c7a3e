package org.breachresponse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.breachresponse.process.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditActionTest {

  static Stream<AuditAction> everyAction() {
    List<AuditAction> all = new ArrayList<>(Arrays.asList(AuditStep.values()));
    for (Phase phase : Phase.values()) {
      all.add(AuditAction.phaseStarted(phase));
      all.add(AuditAction.phaseEnded(phase));
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("everyAction")
  void everyActionReadsBackFromItsStoredCode(AuditAction action) {
    assertThat(AuditAction.parse(action.code())).isEqualTo(action);
  }

  @ParameterizedTest
  @MethodSource("everyAction")
  void everyCodeFitsTheColumn(AuditAction action) {
    assertThat(action.code().length()).isLessThanOrEqualTo(40);
  }

  @Test
  void codesAreTheTextsStoredBeforeTheTypedAction() {
    assertThat(AuditAction.phaseStarted(Phase.CONTAIN).code()).isEqualTo("PHASE_CONTAIN");
    assertThat(AuditAction.phaseStarted(Phase.CLOSED).code()).isEqualTo("PHASE_CLOSED");
    assertThat(AuditAction.phaseEnded(Phase.IDENTIFY).code()).isEqualTo("PHASE_ENDED_IDENTIFY");
    assertThat(AuditStep.LEAKED_DATA_CLOSED_WITH_REASON.code()).isEqualTo("LEAKED_DATA_CLOSED_WITH_REASON");
    assertThat(AuditStep.ISOLATE_BY_HAND.code()).isEqualTo("ISOLATE_BY_HAND");
    assertThat(AuditStep.NOTICE_SENT_LATE.code()).isEqualTo("NOTICE_SENT_LATE");
  }

  @Test
  void phaseActionsNameTheirPhase() {
    assertThat(AuditAction.parse("PHASE_ENDED_CONTAIN")).isEqualTo(new AuditAction.PhaseEnded(Phase.CONTAIN));
    assertThat(AuditAction.parse("PHASE_REVIEW").phase()).contains(Phase.REVIEW);
    assertThat(AuditStep.TRIAGED.phase()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CHAIN_TEST", "PHASE_SOMETHING_NEW", "PHASE_ENDED_SOMETHING_NEW", "PHASE_", "PHASE_ENDED_",
      "reported", ""})
  void anUnknownCodeReadsAsUnrecognisedKeepingItsText(String code) {
    AuditAction action = AuditAction.parse(code);

    assertThat(action).isEqualTo(new AuditAction.Unrecognised(code));
    assertThat(action.code()).isEqualTo(code);
    assertThat(action.phase()).isEmpty();
  }

  @Test
  void anEntryReadsItsTypedActionAndKeepsTheStoredCode() {
    AuditEntry entry = AuditEntries.entry(Instant.parse("2020-01-01T00:00:00Z"), "engine", "BR-2020-0001",
        "PHASE_ENDED_NOTIFY", "Phase NOTIFY ended");

    assertThat(entry.action()).isEqualTo(AuditAction.phaseEnded(Phase.NOTIFY));
    assertThat(entry.actionCode()).isEqualTo("PHASE_ENDED_NOTIFY");
  }
}
