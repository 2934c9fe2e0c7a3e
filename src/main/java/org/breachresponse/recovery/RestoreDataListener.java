package org.breachresponse.recovery;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/** Completing {@code Task_RestoreDataFromBackups} for one machine: the restoration is recorded. */
@Dependent
@Named
public class RestoreDataListener implements TaskListener {

  private final RecoveryService recovery;

  @Inject
  public RestoreDataListener(RecoveryService recovery) {
    this.recovery = recovery;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    IncidentReference reference = IncidentReference.in(task);
    recovery.recordRestoration(reference,
        (String) task.getVariable(ProcessVariables.MACHINE), RestorationForm.read(form, recovery.today(reference)),
        CurrentUser.completing(task));
    form.discard(RestorationForm.FIELDS);
  }
}
