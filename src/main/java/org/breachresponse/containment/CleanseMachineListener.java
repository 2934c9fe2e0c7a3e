package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.input.Choice;
import java.util.ArrayList;
import org.breachresponse.input.FieldError;
import org.breachresponse.process.IncidentReference;

/** Completing {@code Task_CleanseMachine}: scan result, cleaned / re-imaged / replaced, attacker tools found. */
@Dependent
@Named
public class CleanseMachineListener implements TaskListener {

  static final String SCAN_RESULT = "scanResult";
  static final String REMEDY = "remedy";
  static final String ATTACKER_TOOLS = "attackerTools";

  private final EradicationService eradication;

  @Inject
  public CleanseMachineListener(EradicationService eradication) {
    this.eradication = eradication;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    eradication.cleanse(IncidentReference.in(task),
        (String) task.getVariable(ProcessVariables.MACHINE), form.text(SCAN_RESULT), remedy(form.text(REMEDY)),
        form.text(ATTACKER_TOOLS), CurrentUser.completing(task));
    form.discard(List.of(SCAN_RESULT, REMEDY, ATTACKER_TOOLS));
  }

  private static Remedy remedy(String text) {
    if (text == null) {
      return null;
    }
    List<FieldError> errors = new ArrayList<>();
    Remedy remedy = Choice.read(REMEDY, text, Remedy.class, "one of CLEANED, RE_IMAGED, REPLACED", errors);
    InvalidInputException.ifAny(errors);
    return remedy;
  }
}
