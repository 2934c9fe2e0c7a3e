package org.breachresponse.containment;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.breachresponse.process.JobLock;

/**
 * One job's share of a containment: a batch of up to {@link #SIZE} machines or accounts, taken one after the other
 * ({@code Task_IsolateMachines}, {@code Task_ResetPasswords}). Each target is isolated or reset exactly as its own job
 * would ({@link AdapterActions}: its own action rows, each committed on its own, the intent before a directory write),
 * so a batch saves the engine's work per target (a job, a branch, its history), not the ledger's.
 *
 * <p>A batch does not fail for a target: a target held back, unknown to the directory, or whose attempt failed (and
 * is recorded as failed) is left as it stands, and the per-target path after the batches ({@code SubProcess_IsolateMachine},
 * {@code SubProcess_ResetAccount}) hands it to a person, or retries it in its own job with back-off and finally
 * raises a Camunda incident for it. After a failure the rest of the batch is left to that path too: the directory
 * is probably down, and waiting for it there, with back-off, is better than one target after the other here. A
 * batch interrupted by a node's death is run again whole by the job executor; what it recorded is skipped and an
 * interrupted directory write is found by its intent (docs/adr/0017-containment-in-batches.md). A failure that is not a recorded
 * attempt (the ledger's or the database's) fails the batch's job, which the engine retries the same way.
 */
final class ContainmentBatch {

  /**
   * Targets per job: 1,000 accounts are 100 jobs. Eight job threads share the directory's write rate (about 20
   * targets a second from Samba on two cores), so a batch of 10 takes about 4 s, well inside its budget; batches of
   * 25 took about 10 s and left many targets to their own, slower jobs (docs/benchmarks.md, containment fan-out).
   */
  static final int SIZE = 10;

  /**
   * How long a batch takes new targets: a third of the job's lock ({@link JobLock}, ADR 0014), so a batch on a slow
   * directory ends long before its lock could expire and the job be acquired a second time while it runs. The
   * targets it did not reach are left to their own jobs.
   */
  static final Duration TIME_BUDGET = JobLock.TIME.dividedBy(3);

  private static final Logger LOG = Logger.getLogger(ContainmentBatch.class.getName());

  private ContainmentBatch() {
  }

  /** The batch numbers for {@code targets} targets of one kind, the multi-instance collection. */
  static List<Integer> numbers(int targets) {
    return IntStream.range(0, (targets + SIZE - 1) / SIZE).boxed().toList();
  }

  /**
   * Runs {@code action} on each target of the batch not held back (waiting for a person before it started) until
   * one fails or the {@link #TIME_BUDGET} is used.
   *
   * @throws RuntimeException a failure other than a recorded failed attempt: the job is retried
   *
   * @return how many targets were left to the per-target path because an attempt failed or never came
   */
  static int run(List<ContainmentTarget> batch, Consumer<ContainmentTarget> action) {
    long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
    for (int i = 0; i < batch.size(); i++) {
      if (System.nanoTime() - deadline > 0) {
        int left = batch.size() - i;
        LOG.info(() -> "A containment batch used its time budget; " + left + " targets left to their own jobs");
        return left;
      }
      ContainmentTarget target = batch.get(i);
      if (target.status() == TargetStatus.NEEDS_PERSON) {
        continue;
      }
      try {
        action.accept(target);
      } catch (TargetNeedsPersonException e) {
        // recorded as needing a person; the per-target path hands it over
      } catch (RuntimeException e) {
        if (!AdapterAttempts.FailedAttemptRecorded.on(e)) {
          throw e;
        }
        int left = batch.size() - i;
        LOG.info(() -> "A containment batch stopped at " + e.getClass().getSimpleName() + "; " + left
            + " targets left to their own jobs, which retry with back-off");
        return left;
      }
    }
    return 0;
  }
}
