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

/**
 * {@code Task_TakeDownLeakedData}: on create the form is filled with the places as last recorded (set where the
 * form's submission will write it, so completing through the API or the Tasklist reads the same value); on
 * complete the check is recorded and the form's fields removed, so no list stays in the engine.
 */
@Dependent
@Named
public class TakeDownLeakedDataListener implements TaskListener {

  private final RecoveryService recovery;

  @Inject
  public TakeDownLeakedDataListener(RecoveryService recovery) {
    this.recovery = recovery;
  }

  @Override
  public void notify(DelegateTask task) {
    IncidentReference reference = IncidentReference.in(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(LeakedDataForm.PLACES, recovery.lastLeakedDataPlaces(reference));
      return;
    }
    FormValues form = new FormValues(task);
    recovery.recordLeakedDataCheck(reference, LeakedDataForm.read(form, recovery.today(reference)), CurrentUser.completing(task));
    form.discard(LeakedDataForm.FIELDS);
  }
}
