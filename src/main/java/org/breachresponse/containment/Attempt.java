package org.breachresponse.containment;

import java.time.Instant;
import org.breachresponse.directory.MachineIsolation;

/**
 * How one attempt of an action went, before it becomes a {@link ContainmentAction} row.
 *
 * @param isolation what a directory isolation changed, for its restore; null otherwise
 */
record Attempt(ActionType action, Adapter adapter, Outcome outcome, String error, Instant startedAt, Instant endedAt,
    MachineIsolation isolation) {

  static Attempt of(ActionType action, Adapter adapter, Outcome outcome, String error, Instant startedAt,
      Instant endedAt) {
    return new Attempt(action, adapter, outcome, error, startedAt, endedAt, null);
  }

  /** What a person did or decided, recorded at once: it starts and ends at {@code at}. */
  static Attempt recorded(ActionType action, Adapter adapter, Outcome outcome, String note, Instant at) {
    return new Attempt(action, adapter, outcome, note, at, at, null);
  }

  static Attempt isolated(Adapter adapter, MachineIsolation isolation, Instant startedAt, Instant endedAt) {
    return new Attempt(ActionType.ISOLATE, adapter,
        isolation.wasAlreadyIsolated() ? Outcome.ALREADY_DONE : Outcome.SUCCEEDED, null, startedAt, endedAt,
        isolation);
  }

  ContainmentAction toRow(ContainmentTarget target, String performedBy) {
    ContainmentAction row = ContainmentAction.of(target, action, adapter, outcome, error, performedBy, startedAt,
        endedAt);
    return isolation == null ? row : row.keeping(isolation);
  }
}
