package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.breachresponse.process.IncidentReference;

/**
 * {@code Task_RestoreMachine}: a machine verified clean goes back into service (re-enabled, moved back,
 * released by the EDR). One a person isolated by hand goes to {@code Restore manually}.
 */
@Dependent
@Named
public class RestoreMachineDelegate implements JavaDelegate {

  private final AdapterActions actions;

  @Inject
  public RestoreMachineDelegate(AdapterActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      actions.restore(IncidentReference.in(execution),
          (String) execution.getVariable(ProcessVariables.MACHINE));
    } catch (TargetNeedsPersonException e) {
      throw new BpmnError(TargetNeedsPersonException.ERROR_CODE, e.getMessage());
    }
  }
}
