package org.breachresponse.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.audit.AuditAction;
import org.breachresponse.audit.AuditEntry;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.incident.TriageDecision;
import org.breachresponse.process.Phase;

/**
 * When an incident reached each lifecycle phase and who closed it, read from its audit trail: reported
 * ({@code REPORTED}) starts IDENTIFY, the scope ({@code SCOPED}) starts CONTAIN, the process records every
 * phase it enters as {@code PHASE_…} and, since phases run in the model's phase subprocesses, every phase it
 * leaves as {@code PHASE_ENDED_…}; a false alarm is closed by the triage itself. Phases can overlap (contain
 * while assessing); a phase without an end entry is still running, except in the trails of incidents of the flat
 * model (no end entries at all), where a phase ran until the next one was reached.
 */
final class PhaseHistory {

  static final AuditAction CLOSED = AuditAction.phaseStarted(Phase.CLOSED);

  private final Map<Phase, Reached> reached = new EnumMap<>(Phase.class);
  private final Map<Phase, Instant> ended = new EnumMap<>(Phase.class);

  /** A phase reached at a moment, by someone. */
  record Reached(Phase phase, Instant at, String by) {
  }

  PhaseHistory(List<AuditEntry> trail, TriageDecision triage, Instant triagedAt, String triagedBy) {
    for (AuditEntry entry : trail) {
      AuditAction action = entry.action();
      if (action instanceof AuditAction.PhaseEnded end) {
        ended.put(end.ended(), entry.occurredAt());
      }
      reachedPhase(action).ifPresent(phase -> reached.putIfAbsent(phase,
          new Reached(phase, entry.occurredAt(), entry.actor())));
    }
    if (triage == TriageDecision.FALSE_ALARM && triagedAt != null) {
      reached.putIfAbsent(Phase.CLOSED, new Reached(Phase.CLOSED, triagedAt, triagedBy));
    }
  }

  Optional<Reached> closing() {
    return Optional.ofNullable(reached.get(Phase.CLOSED));
  }

  /** Each phase from when it was reached until the next one was; the last one is still running (or closed). */
  List<Timeline.PhaseSpan> spans() {
    List<Reached> inOrder = reached.values().stream()
        .sorted(Comparator.comparing(Reached::at).thenComparing(Reached::phase)).toList();
    List<Timeline.PhaseSpan> spans = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      Reached phase = inOrder.get(i);
      Instant end = !ended.isEmpty() ? ended.get(phase.phase())
          : phase.phase() == Phase.CLOSED || i + 1 == inOrder.size() ? null : inOrder.get(i + 1).at();
      spans.add(new Timeline.PhaseSpan(phase.phase(), phase.at(), end));
    }
    return spans;
  }

  private static Optional<Phase> reachedPhase(AuditAction action) {
    if (action == AuditStep.REPORTED) {
      return Optional.of(Phase.IDENTIFY);
    }
    if (action == AuditStep.SCOPED) {
      return Optional.of(Phase.CONTAIN);
    }
    if (action instanceof AuditAction.PhaseStarted start) {
      return Optional.of(start.started());
    }
    return Optional.empty();
  }
}
