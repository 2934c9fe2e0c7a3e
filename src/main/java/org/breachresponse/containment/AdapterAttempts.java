package org.breachresponse.containment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.directory.DirectoryTargetNotFoundException;

/**
 * Runs one action on one target through each configured adapter in turn and records every attempt in a
 * transaction of its own: what an earlier attempt did is skipped; a success is committed at once (the last
 * one together with the target's new status); a not-found is recorded and left for a person; any other
 * failure is recorded and thrown, so the engine retries the job with back-off and finally raises an incident.
 */
final class AdapterAttempts {

  private final ContainmentLedger ledger;
  private final PracticeClock clock;

  AdapterAttempts(ContainmentLedger ledger, PracticeClock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * @param done the target's status once every step succeeded
   * @throws TargetNeedsPersonException when there was no step to take or an adapter did not know the target
   */
  void run(ContainmentTarget target, List<ContainmentAction> earlier, List<Step> steps, String verb, TargetStatus done) {
    List<Step> todo = steps.stream().filter(step -> earlier.stream().noneMatch(a ->
        a.action() == step.action() && a.adapter() == step.adapter() && a.done())).toList();
    List<String> notFound = new ArrayList<>();
    for (int i = 0; i < todo.size(); i++) {
      Step step = todo.get(i);
      Instant start = clock.now();
      Attempt attempt;
      try {
        attempt = step.call().run(start);
      } catch (DirectoryTargetNotFoundException e) {
        attempt = Attempt.of(step.action(), step.adapter(), Outcome.NOT_FOUND, e.getMessage(), start, clock.now());
        notFound.add(step.adapter() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        ledger.recordAttempt(target,
            Attempt.of(step.action(), step.adapter(), Outcome.FAILED, error, start, clock.now()),
            TargetStatus.FAILING);
        e.addSuppressed(new FailedAttemptRecorded());
        throw e;
      }
      boolean last = i == todo.size() - 1;
      ledger.recordAttempt(target, attempt, last ? after(steps, notFound, done) : null);
    }
    if (todo.isEmpty()) {
      ledger.moveTo(target, after(steps, notFound, done));
    }
    if (steps.isEmpty() || !notFound.isEmpty()) {
      throw new TargetNeedsPersonException("Could not " + verb + " " + target.name() + " automatically: "
          + (steps.isEmpty() ? "no directory or EDR adapter is configured" : String.join("; ", notFound)));
    }
  }

  private static TargetStatus after(List<Step> steps, List<String> notFound, TargetStatus done) {
    return steps.isEmpty() || !notFound.isEmpty() ? TargetStatus.NEEDS_PERSON : done;
  }

  /**
   * Added to an adapter's failure once its attempt is recorded and the target marked {@link TargetStatus#FAILING}:
   * a {@link ContainmentBatch} leaves such a target to its own job; any other failure (the ledger's, the
   * database's) fails the batch's job, which the engine retries. It changes neither the failure's type nor its
   * message, which the engine's retry and incident handling read.
   */
  static final class FailedAttemptRecorded extends RuntimeException {
    FailedAttemptRecorded() {
      super("the failed attempt is recorded in containment_action; the target is left to its own job", null, false,
          false);
    }

    static boolean on(Throwable failure) {
      for (Throwable suppressed : failure.getSuppressed()) {
        if (suppressed instanceof FailedAttemptRecorded) {
          return true;
        }
      }
      return false;
    }
  }

  /** One adapter's part of an action. */
  record Step(ActionType action, Adapter adapter, AdapterCall call) {
  }

  @FunctionalInterface
  interface AdapterCall {
    Attempt run(Instant start);
  }
}
