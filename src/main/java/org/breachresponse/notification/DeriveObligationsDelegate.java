package org.breachresponse.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.breachresponse.notification.obligation.Decisions;
import org.breachresponse.notification.obligation.ObligationRules;
import org.breachresponse.process.IncidentReference;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_DeriveObligations} of model version 1, the flat model, where it was a service task. Version 2
 * evaluates {@code hipaaObligations} in a business rule task; an incident the start-up upgrade could not move
 * stays on version 1 and must still reach its notices, so this evaluates the same decision on the same inputs
 * (codes and counts only) and stores the same obligations. Remove it once no running incident is on version 1.
 */
@Dependent
@Named
public class DeriveObligationsDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final Decisions decisions;

  @Inject
  public DeriveObligationsDelegate(NotificationService notifications, Decisions decisions) {
    this.notifications = notifications;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentReference reference = IncidentReference.in(execution);
    notifications.deriveObligations(reference, decisions.evaluate(ObligationRules.HIPAA_OBLIGATIONS, Map.of(
        "entityType", notifications.entityType(reference.value()),
        "totalIndividuals", notifications.totalIndividuals(reference.value()))));
  }
}
