package org.breachresponse.alerting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * An early step's response-time target, on the engine's clock, in whole seconds, around the clock (a breach reported
 * on Friday evening is due Friday evening, not on Monday): the due date of the step's task
 * ({@code camunda:dueDate="${responseTargets.dueAt(execution)}"}) and the moment its boundary timer fires
 * ({@code ${responseTargets.dueAt(execution, 'confirmBreach')}}), both counted from the moment the task starts.
 */
@ApplicationScoped
@Named("responseTargets")
public class ResponseTargets {

  private ResponseTargetSettings settings;

  protected ResponseTargets() {
  }

  @Inject
  public ResponseTargets(ResponseTargetSettings settings) {
    this.settings = settings;
  }

  /** The due date of the task the execution is at. */
  public Date dueAt(DelegateExecution execution) {
    ResponseStep step = ResponseStep.ofTask(execution.getCurrentActivityId())
        .orElseThrow(() -> new IllegalStateException(execution.getCurrentActivityId() + " has no response-time target"));
    return dueAt(execution, step);
  }

  /** When the target of step {@code field} (e.g. {@code confirmBreach}), starting now, passes. */
  public Date dueAt(DelegateExecution execution, String field) {
    return dueAt(execution, ResponseStep.ofField(field)
        .orElseThrow(() -> new IllegalStateException("no response-time target for " + field)));
  }

  /**
   * On the way out of a phase's boundary event that caught a late step's escalation: notes which step, for
   * {@code SubProcess_EscalateLateStep}, which keeps its own copy (escalation events carry no variables themselves).
   */
  public void noteLateStep(DelegateExecution execution, String field) {
    ResponseStep.ofField(field).orElseThrow(() -> new IllegalStateException("no response-time target for " + field));
    execution.setVariable(ProcessVariables.LATE_STEP, field);
  }

  /** The practice owner's task when a step is late, e.g. "Overdue response step: Confirm the breach (BR-2026-0001)". */
  public String overdueTaskName(DelegateExecution execution) {
    String field = (String) execution.getVariable(ProcessVariables.LATE_STEP);
    String label = ResponseStep.ofField(field).map(ResponseStep::label).orElse(field);
    return "Overdue response step: " + label + " (" + execution.getVariable(ProcessVariables.INCIDENT_REFERENCE) + ")";
  }

  private Date dueAt(DelegateExecution execution, ResponseStep step) {
    Duration target = settings.of(execution.getTenantId()).get(step);
    return Date.from(ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS).plus(target));
  }
}
