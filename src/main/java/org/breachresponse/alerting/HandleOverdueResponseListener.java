package org.breachresponse.alerting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * {@code Overdue response step}: the practice owner sees which step passed its target, when it was due and who
 * holds it (a task-local summary, dropped on completion), and records what they did; the late step's own task
 * stays open with its group.
 */
@Dependent
@Named
public class HandleOverdueResponseListener implements TaskListener {

  static final String SUMMARY = "lateStepSummary";
  static final String OWNER_ACTION = "ownerAction";

  private final AuditTrail audit;

  @Inject
  public HandleOverdueResponseListener(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    ResponseStep step = ResponseStep.ofField((String) task.getVariable(ProcessVariables.LATE_STEP)).orElseThrow();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(SUMMARY, summary(task, step));
      return;
    }
    FormValues form = new FormValues(task);
    String action = form.text(OWNER_ACTION);
    if (action == null || action.strip().length() < 10 || action.strip().length() > 2000) {
      throw new InvalidInputException(OWNER_ACTION,
          "required: what you did about the late step (10 to 2,000 characters)");
    }
    audit.record(IncidentReference.of((String) task.getVariable(ProcessVariables.INCIDENT_REFERENCE)),
        AuditStep.OVERDUE_RESPONSE_HANDLED, CurrentUser.completing(task), step.label() + ": " + action.strip());
    form.discard(List.of(OWNER_ACTION, SUMMARY));
  }

  /** "Confirm the breach was due 2026-12-06T21:10:00Z; nobody has claimed it." for the form's read-only field. */
  private static String summary(DelegateTask task, ResponseStep step) {
    return step.oldestOpenTask(task.getProcessEngineServices().getTaskService(), task.getProcessInstanceId())
        .map(late -> step.label() + " was due " + (late.getDueDate() == null ? "?" : late.getDueDate().toInstant())
            + "; " + (late.getAssignee() == null ? "nobody has claimed it" : "claimed by " + late.getAssignee())
            + ". The task stays open until it is done.")
        .orElse(step.label() + " is done by now.");
  }
}
