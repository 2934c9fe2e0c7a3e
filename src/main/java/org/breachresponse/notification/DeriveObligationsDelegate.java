package org.breachresponse.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code Task_DeriveObligations}: the rules' notices for a notifiable breach, stored before the plan is shown. */
@Dependent
@Named
public class DeriveObligationsDelegate implements JavaDelegate {

  private final NotificationService notifications;

  @Inject
  public DeriveObligationsDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.deriveObligations((String) execution.getVariable(ProcessVariables.INCIDENT_REFERENCE));
  }
}
