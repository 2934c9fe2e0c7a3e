package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/**
 * {@code Task_VerifyMachineClean}: the person who cleansed the machine can neither claim nor complete it
 * (four eyes); completing records whether it is clean and how that was checked.
 */
@Dependent
@Named
public class VerifyMachineCleanListener implements TaskListener {

  static final String MACHINE_CLEAN = "machineClean";
  static final String VERIFICATION_NOTES = "verificationNotes";

  private final EradicationService eradication;

  @Inject
  public VerifyMachineCleanListener(EradicationService eradication) {
    this.eradication = eradication;
  }

  @Override
  public void notify(DelegateTask task) {
    IncidentReference reference = IncidentReference.in(task);
    String machine = (String) task.getVariable(ProcessVariables.MACHINE);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      eradication.checkMayVerify(reference, machine, task.getAssignee());
      return;
    }
    FormValues form = new FormValues(task);
    eradication.verify(reference, machine, "CLEAN".equals(form.text(MACHINE_CLEAN)), form.text(VERIFICATION_NOTES),
        CurrentUser.completing(task));
    form.discard(List.of(MACHINE_CLEAN, VERIFICATION_NOTES));
  }
}
