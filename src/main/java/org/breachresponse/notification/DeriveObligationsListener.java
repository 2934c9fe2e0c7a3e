package org.breachresponse.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.breachresponse.process.IncidentReference;

/**
 * The end of {@code Task_DeriveObligations}, the business rule task that evaluated {@code hipaaObligations}:
 * its matched rows (the engine's transient, task-local {@code decisionResult}, never stored) go to the
 * notification rules, which store every notice the law requires before the plan is shown.
 */
@Dependent
@Named
public class DeriveObligationsListener implements ExecutionListener {

  /** Where the engine leaves a business rule task's result for its output mapping and end listeners. */
  static final String DECISION_RESULT = "decisionResult";

  private final NotificationService notifications;

  @Inject
  public DeriveObligationsListener(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult federal = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
    if (federal == null) {
      throw new IllegalStateException(execution.getCurrentActivityId() + " ended without a decision result");
    }
    notifications.deriveObligations(IncidentReference.in(execution),
        federal.getResultList());
  }
}
