package org.breachresponse.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.breachresponse.alerting.ResponseStep;
import org.breachresponse.process.BreachResponseProcess;

/**
 * How fast the first hours went (issue 17), from the tasks' history, as ISO-8601 durations (null until known):
 * time to acknowledge (the report to the claim of {@code Confirm the breach} that stands), time to confirm (the
 * report to the triage decision), time to contain (the approval of containment to every target isolated or reset,
 * by the adapters or by hand: when {@code Watch entry and exit points} started), and each early step's task against
 * its target.
 *
 * @param toAcknowledge e.g. {@code PT12M}
 * @param steps         each early step's task, oldest first
 */
public record ResponseTimes(String toAcknowledge, String toConfirm, String toContain, List<StepTarget> steps) {

  /** Where a step stands against its target. */
  public enum Result {
    /** Done by its due date. */
    MET,
    /** Done after its due date, or still open past it. */
    MISSED,
    /** Open, its due date not reached. */
    OPEN,
    /** Started before targets existed: no due date. */
    NO_TARGET
  }

  /** One early step's task: when it started, was due, claimed and done, and whether it met its target. */
  public record StepTarget(String task, String step, Instant startedAt, Instant dueAt, Instant claimedAt,
      String claimedBy, Instant doneAt, Result result) {
  }

  static ResponseTimes of(Instant reportedAt, Instant triagedAt, List<Timeline.Task> tasks, Instant now) {
    Optional<Timeline.Task> confirm = first(tasks, BreachResponseProcess.TASK_CONFIRM_BREACH);
    Optional<Timeline.Task> approval = first(tasks, BreachResponseProcess.TASK_APPROVE_CONTAINMENT);
    Optional<Timeline.Task> watching = first(tasks, BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS);
    List<StepTarget> steps = tasks.stream()
        .filter(task -> ResponseStep.ofTask(task.activityId()).isPresent())
        .map(task -> new StepTarget(task.name(), ResponseStep.ofTask(task.activityId()).orElseThrow().field(),
            task.createdAt(), task.dueDate(), task.claimedAt(), task.claimedBy(), task.completedAt(),
            result(task, now)))
        .toList();
    return new ResponseTimes(
        between(reportedAt, confirm.map(Timeline.Task::claimedAt).orElse(null)),
        between(reportedAt, triagedAt),
        between(approval.map(Timeline.Task::completedAt).orElse(null), watching.map(Timeline.Task::createdAt).orElse(null)),
        steps);
  }

  static Result result(Timeline.Task task, Instant now) {
    if (task.dueDate() == null) {
      return Result.NO_TARGET;
    }
    if (task.completedAt() != null) {
      return task.completedAt().isAfter(task.dueDate()) ? Result.MISSED : Result.MET;
    }
    if (task.state() == Timeline.TaskState.CANCELLED) {
      return Result.OPEN;
    }
    return now.isAfter(task.dueDate()) ? Result.MISSED : Result.OPEN;
  }

  private static Optional<Timeline.Task> first(List<Timeline.Task> tasks, String activityId) {
    return tasks.stream().filter(task -> activityId.equals(task.activityId()))
        .min(Comparator.comparing(Timeline.Task::createdAt));
  }

  private static String between(Instant from, Instant to) {
    return from == null || to == null ? null : Duration.between(from, to).toString();
  }
}
