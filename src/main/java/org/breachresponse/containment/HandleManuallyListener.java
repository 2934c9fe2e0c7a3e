package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/**
 * {@code Isolate manually}, {@code Reset manually} and {@code Restore manually}: on create shows the person
 * what was held back or tried and how it went; on complete records what they did by hand, or why the
 * target stays as it is.
 */
@Dependent
@Named
public class HandleManuallyListener implements TaskListener {

  static final String WHAT_WAS_TRIED = "whatWasTried";
  static final String DONE_BY_HAND = "doneByHand";
  static final String PERSON_NOTES = "personNotes";

  private final ContainmentService containment;

  @Inject
  public HandleManuallyListener(ContainmentService containment) {
    this.containment = containment;
  }

  @Override
  public void notify(DelegateTask task) {
    IncidentReference reference = IncidentReference.in(task);
    String step = task.getTaskDefinitionKey();
    TargetKind kind = BreachResponseProcess.TASK_RESET_MANUALLY.equals(step) ? TargetKind.ACCOUNT : TargetKind.MACHINE;
    String name = (String) task.getVariable(kind == TargetKind.ACCOUNT
        ? ProcessVariables.ACCOUNT : ProcessVariables.MACHINE);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(WHAT_WAS_TRIED, containment.whatWasTried(reference, kind, name));
      return;
    }
    FormValues form = new FormValues(task);
    ActionType action = switch (step) {
      case BreachResponseProcess.TASK_RESET_MANUALLY -> ActionType.RESET_BY_HAND;
      case BreachResponseProcess.TASK_RESTORE_MANUALLY -> ActionType.RESTORE_BY_HAND;
      default -> ActionType.ISOLATE_BY_HAND;
    };
    containment.recordByPerson(reference, kind, name, action, "DONE".equals(form.text(DONE_BY_HAND)),
        form.text(PERSON_NOTES), CurrentUser.completing(task), task.getCreateTime().toInstant());
    form.discard(List.of(WHAT_WAS_TRIED, DONE_BY_HAND, PERSON_NOTES));
  }
}
