package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;

import java.time.Instant;
import java.util.List;
import org.breachresponse.compliance.ResponseTimes.Result;
import org.breachresponse.compliance.Timeline.TaskState;
import org.junit.jupiter.api.Test;

/** The first hours measured from the tasks' history: each time between two moments, each step against its target. */
class ResponseTimesTest {

  private static final Instant REPORTED = Instant.parse("2026-12-04T23:10:00Z");

  @Test
  void acknowledgeConfirmAndContainAreMeasuredFromTheirMomentsAndEachStepAgainstItsTarget() {
    List<Timeline.Task> tasks = List.of(
        task("Confirm the breach", TASK_CONFIRM_BREACH, 0, 60, 12, 25, TaskState.COMPLETED),
        task("Scope the breach", TASK_SCOPE_BREACH, 25, 25 + 240, 30, 300, TaskState.COMPLETED),
        task("Approve containment", TASK_APPROVE_CONTAINMENT, 300, 360, 301, 310, TaskState.COMPLETED),
        task("Isolate manually", TASK_ISOLATE_MANUALLY, 311, 371, null, null, TaskState.OPEN),
        task("Watch entry and exit points", TASK_WATCH_ENTRY_AND_EXIT_POINTS, 400, null, null, null, TaskState.OPEN));

    ResponseTimes times = ResponseTimes.of(REPORTED, at(25), tasks, at(380));

    assertThat(times.toAcknowledge()).isEqualTo("PT12M");
    assertThat(times.toConfirm()).isEqualTo("PT25M");
    assertThat(times.toContain()).isEqualTo("PT1H30M");
    assertThat(times.steps()).extracting(ResponseTimes.StepTarget::step, ResponseTimes.StepTarget::result)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("confirmBreach", Result.MET),
            org.assertj.core.groups.Tuple.tuple("scopeBreach", Result.MISSED),
            org.assertj.core.groups.Tuple.tuple("approveContainment", Result.MET),
            org.assertj.core.groups.Tuple.tuple("isolateManually", Result.MISSED));
  }

  @Test
  void nothingIsMeasuredBeforeItHappensAndAStepFromBeforeTargetsHasNone() {
    List<Timeline.Task> tasks = List.of(task("Confirm the breach", TASK_CONFIRM_BREACH, 0, null, null, null, TaskState.OPEN));

    ResponseTimes times = ResponseTimes.of(REPORTED, null, tasks, at(5));

    assertThat(times.toAcknowledge()).isNull();
    assertThat(times.toConfirm()).isNull();
    assertThat(times.toContain()).isNull();
    assertThat(times.steps()).singleElement().extracting(ResponseTimes.StepTarget::result).isEqualTo(Result.NO_TARGET);
    assertThat(ResponseTimes.result(task("Scope the breach", TASK_SCOPE_BREACH, 0, 240, null, null, TaskState.OPEN),
        at(100))).isEqualTo(Result.OPEN);
  }

  private static Timeline.Task task(String name, String activity, int created, Integer due, Integer claimed,
      Integer completed, TaskState state) {
    return new Timeline.Task(name, activity, "it-responder", at(created), due == null ? null : at(due),
        claimed == null ? null : "it-responder", claimed == null ? null : at(claimed),
        completed == null ? null : "it-responder", completed == null ? null : at(completed), state);
  }

  private static Instant at(int minutes) {
    return REPORTED.plusSeconds(minutes * 60L);
  }
}
