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
 * {@code Task_ResetPassword}, one per account: forces a credential reset through the directory. An account
 * the directory does not know goes to {@code Reset manually}; other failures are retried, then an incident.
 */
@Dependent
@Named
public class ResetPasswordDelegate implements JavaDelegate {


  private final AdapterActions actions;

  @Inject
  public ResetPasswordDelegate(AdapterActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      actions.resetPassword(IncidentReference.in(execution),
          (String) execution.getVariable(ProcessVariables.ACCOUNT));
    } catch (TargetNeedsPersonException e) {
      throw new BpmnError(TargetNeedsPersonException.ERROR_CODE, e.getMessage());
    }
  }
}
