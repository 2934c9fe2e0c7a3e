package org.breachresponse.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.input.FormValues;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.PlanNotificationsForm;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

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
    IncidentReference reference = IncidentReference.in(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(NOTIFICATION_PLAN, notifications.planSummary(reference));
      return;
    }
    FormValues form = new FormValues(task);
    int legal = (int) notifications.obligations(reference).stream().filter(NotificationObligation::requiredByLaw).count();
    Map<String, String> values = new HashMap<>();
    PlanNotificationsForm.FIELDS.forEach(field -> values.put(field, form.text(field)));
    PlanNotificationsForm.Plan plan = PlanNotificationsForm.read(values, legal, notifications.discoveryDate(reference));
    notifications.plan(reference, plan, CurrentUser.completing(task));
    List<String> fields = new ArrayList<>(PlanNotificationsForm.FIELDS);
    fields.add(NOTIFICATION_PLAN);
    form.discard(fields);
  }
}
