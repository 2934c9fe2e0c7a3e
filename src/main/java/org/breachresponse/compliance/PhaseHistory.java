package org.breachresponse.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final Set<Phase> running;

  /** A phase reached at a moment, by someone. */
  record Reached(Phase phase, Instant at, String by) {
  }

  /** {@code running}: the phases the incident is in now (its phase subprocesses that have not ended). */
  PhaseHistory(List<AuditEntry> trail, Set<Phase> running, TriageDecision triage, Instant triagedAt, String triagedBy) {
    this.running = running;
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

  /**
   * Each phase from when it was reached until its subprocess ended. A phase with no end entry is still running if
   * the incident is in it now; otherwise it was recorded by the flat model (before the phases were in the model,
   * nothing recorded a phase's end), where a phase ran until the next one was reached. Closed has no end.
   */
  List<Timeline.PhaseSpan> spans() {
    List<Reached> inOrder = reached.values().stream()
        .sorted(Comparator.comparing(Reached::at).thenComparing(Reached::phase)).toList();
    List<Timeline.PhaseSpan> spans = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      Reached phase = inOrder.get(i);
      Instant end = ended.get(phase.phase());
      if (end == null && phase.phase() != Phase.CLOSED && !running.contains(phase.phase()) && i + 1 < inOrder.size()) {
        end = inOrder.get(i + 1).at();
      }
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
