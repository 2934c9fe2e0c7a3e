package org.breachresponse.alerting;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.breachresponse.process.BreachResponseProcess;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * An early step of the response with a response-time target: how long after the step starts (the report, the
 * confirmation, the scoping, the hand-over to a person) it should be done. The defaults are the ones the practice's
 * IT provider agreed to; a practice may set its own ({@link ResponseTargetSettings}). The target is the task's due
 * date in the Tasklist.
 */
public enum ResponseStep {
  CONFIRM_BREACH("confirmBreach", BreachResponseProcess.TASK_CONFIRM_BREACH, "Confirm the breach", Duration.ofHours(1)),
  SCOPE_BREACH("scopeBreach", BreachResponseProcess.TASK_SCOPE_BREACH, "Scope the breach", Duration.ofHours(4)),
  APPROVE_CONTAINMENT("approveContainment", BreachResponseProcess.TASK_APPROVE_CONTAINMENT, "Approve containment",
      Duration.ofHours(1)),
  ISOLATE_MANUALLY("isolateManually", BreachResponseProcess.TASK_ISOLATE_MANUALLY, "Isolate manually",
      Duration.ofHours(1)),
  RESET_MANUALLY("resetManually", BreachResponseProcess.TASK_RESET_MANUALLY, "Reset manually", Duration.ofHours(1));

  /** The shortest and longest target a practice may set. */
  static final Duration SHORTEST = Duration.ofMinutes(5);
  static final Duration LONGEST = Duration.ofDays(7);

  private final String field;
  private final String taskId;
  private final String label;
  private final Duration defaultTarget;

  ResponseStep(String field, String taskId, String label, Duration defaultTarget) {
    this.field = field;
    this.taskId = taskId;
    this.label = label;
    this.defaultTarget = defaultTarget;
  }

  /** Its name in the API's JSON, e.g. {@code confirmBreach}. */
  public String field() {
    return field;
  }

  /** Its task's id in bpmn/breach-response.bpmn. */
  public String taskId() {
    return taskId;
  }

  /** Its task's name, as staff see it in the Tasklist. */
  public String label() {
    return label;
  }

  public Duration defaultTarget() {
    return defaultTarget;
  }

  /** This step's oldest open task in the process instance (for a late step, the one past its target first). */
  public Optional<Task> oldestOpenTask(TaskService tasks, String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskId).list().stream()
        .min(Comparator.comparing(Task::getCreateTime));
  }

  public static Optional<ResponseStep> ofTask(String taskId) {
    return Arrays.stream(values()).filter(step -> step.taskId.equals(taskId)).findFirst();
  }

  public static Optional<ResponseStep> ofField(String field) {
    return Arrays.stream(values()).filter(step -> step.field.equals(field)).findFirst();
  }
}
