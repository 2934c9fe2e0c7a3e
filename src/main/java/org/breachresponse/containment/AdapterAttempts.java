package org.breachresponse.containment;

import java.time.Instant;
import java.util.List;
import org.breachresponse.directory.DirectoryTargetNotFoundException;

/**
 * Runs one action through one adapter and records how it went, in a transaction of its own: skipped when
 * an earlier attempt did it; a not-found is recorded and left for a person; any other failure is recorded
 * and thrown, so the engine retries the job with back-off and finally raises an incident.
 */
final class AdapterAttempts {

  private final ContainmentLedger ledger;
  private final ContainmentAdapters adapters;

  AdapterAttempts(ContainmentLedger ledger, ContainmentAdapters adapters) {
    this.ledger = ledger;
    this.adapters = adapters;
  }

  void run(ContainmentTarget target, List<ContainmentAction> earlier, ActionType action, Adapter adapter,
      List<String> notFound, AdapterCall call) {
    if (earlier.stream().anyMatch(a -> a.action() == action && a.adapter() == adapter && a.done())) {
      return;
    }
    Instant start = Instant.now();
    try {
      ledger.recordAttempt(target, call.run(start), null);
    } catch (DirectoryTargetNotFoundException e) {
      ledger.recordAttempt(target, Attempt.of(action, adapter, Outcome.NOT_FOUND, e.getMessage(), start), null);
      notFound.add(adapter + ": " + e.getMessage());
    } catch (RuntimeException e) {
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      ledger.recordAttempt(target, Attempt.of(action, adapter, Outcome.FAILED, error, start), TargetStatus.FAILING);
      throw e;
    }
  }

  /** Moves the target on, or hands it to a person when no adapter could act or one did not find it. */
  void finish(ContainmentTarget target, List<String> notFound, String verb, TargetStatus done) {
    boolean anyAdapter = adapters.directory().isPresent()
        || (target.kind() == TargetKind.MACHINE && adapters.endpointProtection().isPresent());
    if (!anyAdapter || !notFound.isEmpty()) {
      ledger.moveTo(target, TargetStatus.NEEDS_PERSON);
      throw new TargetNeedsPersonException("Could not " + verb + " " + target.name() + " automatically: "
          + (anyAdapter ? String.join("; ", notFound) : "no directory or EDR adapter is configured"));
    }
    ledger.moveTo(target, done);
  }

  @FunctionalInterface
  interface AdapterCall {
    Attempt run(Instant start);
  }
}
