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
 * {@code Task_IsolateMachine}, one per machine: isolates it through the directory and EDR. A machine no
 * adapter can isolate goes to {@code Isolate manually}; any other failure fails the job, which the engine
 * retries with back-off and then shows as an incident in Cockpit.
 */
@Dependent
@Named
public class IsolateMachineDelegate implements JavaDelegate {


  private final AdapterActions actions;

  @Inject
  public IsolateMachineDelegate(AdapterActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      actions.isolate(IncidentReference.in(execution),
          (String) execution.getVariable(ProcessVariables.MACHINE));
    } catch (TargetNeedsPersonException e) {
      throw new BpmnError(TargetNeedsPersonException.ERROR_CODE, e.getMessage());
    }
  }
}
