package org.breachresponse.audit;

import java.util.Objects;
import java.util.Optional;
import org.breachresponse.process.Phase;

/**
 * What an audit-trail entry records: one of the fixed steps ({@link AuditStep}), a phase started or ended, or a
 * code this release does not know (written by an earlier or later one). Each action has the code the trail
 * stores in {@code audit_entry.action}; that text is part of the entry's hash ({@link EntryHash}), so an
 * action's code never changes once written: {@code PHASE_<phase>} and {@code PHASE_ENDED_<phase>} for phases,
 * the step's name for the others.
 */
public sealed interface AuditAction permits AuditStep, AuditAction.PhaseStarted, AuditAction.PhaseEnded,
    AuditAction.Unrecognised {

  /** The text stored in the trail for this action. */
  String code();

  /** The phase this action started or ended, if it is a phase action. */
  default Optional<Phase> phase() {
    return Optional.empty();
  }

  /** The process entered {@code phase} (or, for CLOSED, the incident was closed). */
  static AuditAction phaseStarted(Phase phase) {
    return new PhaseStarted(phase);
  }

  /** The process left {@code phase}'s subprocess. */
  static AuditAction phaseEnded(Phase phase) {
    return new PhaseEnded(phase);
  }

  /**
   * The action a stored code stands for. Never throws for text read from the trail: a code this release does
   * not know is {@link Unrecognised}, keeping the code as it was stored.
   */
  static AuditAction parse(String code) {
    Objects.requireNonNull(code, "code");
    Optional<AuditStep> step = AuditStep.ofCode(code);
    if (step.isPresent()) {
      return step.get();
    }
    if (code.startsWith(PhaseEnded.PREFIX)) {
      Optional<Phase> phase = phaseNamed(code.substring(PhaseEnded.PREFIX.length()));
      if (phase.isPresent()) {
        return new PhaseEnded(phase.get());
      }
    } else if (code.startsWith(PhaseStarted.PREFIX)) {
      Optional<Phase> phase = phaseNamed(code.substring(PhaseStarted.PREFIX.length()));
      if (phase.isPresent()) {
        return new PhaseStarted(phase.get());
      }
    }
    return new Unrecognised(code);
  }

  private static Optional<Phase> phaseNamed(String name) {
    for (Phase phase : Phase.values()) {
      if (phase.name().equals(name)) {
        return Optional.of(phase);
      }
    }
    return Optional.empty();
  }

  /** The process entered a phase; {@code PHASE_CLOSED} is the incident's closing. */
  record PhaseStarted(Phase started) implements AuditAction {
    static final String PREFIX = "PHASE_";

    public PhaseStarted {
      Objects.requireNonNull(started, "started");
    }

    @Override
    public String code() {
      return PREFIX + started.name();
    }

    @Override
    public Optional<Phase> phase() {
      return Optional.of(started);
    }
  }

  /** The process left a phase's subprocess. */
  record PhaseEnded(Phase ended) implements AuditAction {
    static final String PREFIX = "PHASE_ENDED_";

    public PhaseEnded {
      Objects.requireNonNull(ended, "ended");
    }

    @Override
    public String code() {
      return PREFIX + ended.name();
    }

    @Override
    public Optional<Phase> phase() {
      return Optional.of(ended);
    }
  }

  /** A stored code this release does not know: read and shown as it is; the application never writes one. */
  record Unrecognised(String code) implements AuditAction {
    public Unrecognised {
      Objects.requireNonNull(code, "code");
    }
  }
}
