package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.breachresponse.process.IncidentReference;

/** {@code Task_RetireMachine}: a replaced machine stays disabled in quarantine for good. */
@Dependent
@Named
public class RetireMachineDelegate implements JavaDelegate {

  private final AdapterActions actions;

  @Inject
  public RetireMachineDelegate(AdapterActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.retire(IncidentReference.in(execution),
        (String) execution.getVariable(ProcessVariables.MACHINE));
  }
}
