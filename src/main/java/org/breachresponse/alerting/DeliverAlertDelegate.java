package org.breachresponse.alerting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.time.Instant;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.process.ApplicationSettings;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * {@code Task_AlertResponders}, {@code Task_ResolveAlert} and {@code Task_AlertLateStep}: one job per channel (the
 * multi-instance element {@value ProcessVariables#ALERT_CHANNEL}) tells it that a suspected breach waits for
 * {@code Confirm the breach}, that the breach was confirmed or dismissed, or that an early step
 * ({@value ProcessVariables#LATE_STEP}) passed its target and who holds it. The alert links to the open task.
 */
@Dependent
@Named
public class DeliverAlertDelegate implements JavaDelegate {

  private final IncidentService incidents;
  private final AlertDelivery delivery;

  @Inject
  public DeliverAlertDelegate(IncidentService incidents, AlertDelivery delivery) {
    this.incidents = incidents;
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String channel = (String) execution.getVariable(ProcessVariables.ALERT_CHANNEL);
    String activity = execution.getCurrentActivityId();
    AlertAction action = BreachResponseProcess.TASK_RESOLVE_ALERT.equals(activity) ? AlertAction.RESOLVED
        : BreachResponseProcess.TASK_ALERT_LATE_STEP.equals(activity) ? AlertAction.LATE : AlertAction.RAISED;
    ResponseStep step = action == AlertAction.LATE
        ? ResponseStep.ofField((String) execution.getVariable(ProcessVariables.LATE_STEP)).orElseThrow()
        : ResponseStep.CONFIRM_BREACH;
    delivery.deliver(alert(execution, step, action), channel,
        execution.getProcessEngineServices().getIdentityService());
  }

  private Alert alert(DelegateExecution execution, ResponseStep step, AlertAction action) {
    String reference = (String) execution.getVariable(ProcessVariables.INCIDENT_REFERENCE);
    Incident incident = incidents.get(IncidentReference.of(reference));
    String practiceName = (String) execution.getVariable(ProcessVariables.PRACTICE_NAME);
    Task task = step.oldestOpenTask(execution.getProcessEngineServices().getTaskService(),
        execution.getProcessInstanceId()).orElse(null);
    String tasklist = ApplicationSettings.publicUrlFromSystemProperties() + "/camunda/app/tasklist/default/";
    URI link = URI.create(task == null ? tasklist : tasklist + "#/?task=" + task.getId());
    Instant due = action != AlertAction.RESOLVED && task != null && task.getDueDate() != null
        ? task.getDueDate().toInstant() : null;
    String heldBy = action == AlertAction.LATE && task != null ? task.getAssignee() : null;
    String outcome = action == AlertAction.RESOLVED
        ? (Boolean.TRUE.equals(execution.getVariable(ProcessVariables.BREACH_CONFIRMED)) ? "confirmed" : "dismissed")
        : null;
    return new Alert(action, step, execution.getTenantId() == null ? "" : execution.getTenantId(),
        practiceName == null ? "the practice" : practiceName, reference,
        incident.signs().stream().sorted().map(Enum::name).toList(), due, link, outcome, heldBy,
        ClockUtil.getCurrentTime().toInstant());
  }
}
