package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_ResetPasswords}, one job per batch of accounts ({@link ContainmentBatch}): forces a password reset for
 * each through the directory. What it could not reset is left to {@code SubProcess_ResetAccount}.
 */
@Dependent
@Named
public class ResetPasswordsDelegate implements JavaDelegate {

  private final ContainmentService containment;
  private final AdapterActions actions;

  @Inject
  public ResetPasswordsDelegate(ContainmentService containment, AdapterActions actions) {
    this.containment = containment;
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int batch = (Integer) execution.getVariable(ProcessVariables.ACCOUNT_BATCH);
    ContainmentBatch.run(containment.accountBatch(IncidentReference.in(execution), batch), actions::resetPassword);
  }
}
