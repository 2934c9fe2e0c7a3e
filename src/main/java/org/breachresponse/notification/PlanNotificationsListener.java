package org.breachresponse.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.engine.FormValues;
import org.breachresponse.engine.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** {@code Plan notifications}: shows the derived notices; on completion stores what the officer added or left out. */
@Dependent
@Named
public class PlanNotificationsListener implements TaskListener {

  static final String NOTIFICATION_PLAN = "notificationPlan";

  private final NotificationService notifications;

  @Inject
  public PlanNotificationsListener(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String reference = (String) task.getVariable(ProcessVariables.INCIDENT_REFERENCE);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(NOTIFICATION_PLAN, notifications.planSummary(reference));
      return;
    }
    FormValues form = new FormValues(task);
    int legal = (int) notifications.obligations(reference).stream().filter(NotificationObligation::requiredByLaw).count();
    PlanNotificationsForm.Plan plan = PlanNotificationsForm.read(form.text(PlanNotificationsForm.BUSINESS_PARTNERS),
        form.text(PlanNotificationsForm.LAW_ENFORCEMENT), form.text(PlanNotificationsForm.LAW_ENFORCEMENT_DUE),
        form.text(PlanNotificationsForm.NOT_SENT), legal);
    notifications.plan(reference, plan, CurrentUser.completing(task));
    List<String> fields = new ArrayList<>(PlanNotificationsForm.FIELDS);
    fields.add(NOTIFICATION_PLAN);
    form.discard(fields);
  }
}
