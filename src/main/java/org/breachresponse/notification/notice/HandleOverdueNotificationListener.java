package org.breachresponse.notification.notice;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.NotificationService;
import org.breachresponse.notification.obligation.NoticeTexts;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * {@code Overdue notification}: the practice owner records what they did about a late notice. The notice's
 * own task stays with the privacy officer until the notice is sent.
 */
@Dependent
@Named
public class HandleOverdueNotificationListener implements TaskListener {

  static final String OWNER_ACTION = "ownerAction";

  private final NotificationService notifications;
  private final AuditTrail auditTrail;

  @Inject
  public HandleOverdueNotificationListener(NotificationService notifications, AuditTrail auditTrail) {
    this.notifications = notifications;
    this.auditTrail = auditTrail;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(ProcessVariables.OBLIGATION_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(SendNoticeForm.NOTICE_SUMMARY, notifications.noticeSummary(id));
      return;
    }
    FormValues form = new FormValues(task);
    String action = form.text(OWNER_ACTION);
    if (action == null || action.strip().length() < 10 || action.strip().length() > 2000) {
      throw new InvalidInputException(OWNER_ACTION, "required: what you did about the late notice (10 to 2,000 characters)");
    }
    NotificationObligation obligation = notifications.obligation(id);
    auditTrail.record(obligation.incident().reference(), AuditStep.OVERDUE_NOTICE_HANDLED, CurrentUser.completing(task),
        NoticeTexts.title(obligation) + " (due " + obligation.dueDate() + "): " + action.strip());
    form.discard(List.of(OWNER_ACTION, SendNoticeForm.NOTICE_SUMMARY));
  }
}
