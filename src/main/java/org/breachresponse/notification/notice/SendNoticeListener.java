package org.breachresponse.notification.notice;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.input.FormValues;
import org.breachresponse.notification.NotificationService;
import org.breachresponse.notification.obligation.SentNotice;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** {@code Send notice to …}: shows what is due and why; on completion records the notice as sent. */
@Dependent
@Named
public class SendNoticeListener implements TaskListener {


  private final NotificationService notifications;

  @Inject
  public SendNoticeListener(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(ProcessVariables.OBLIGATION_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(SendNoticeForm.NOTICE_SUMMARY, notifications.noticeSummary(id));
      notifications.unreachableOnList(id)
          .ifPresent(count -> task.setVariableLocal(SendNoticeForm.WITHOUT_USABLE_CONTACT, count.longValue()));
      return;
    }
    FormValues form = new FormValues(task);
    SentNotice sent = SendNoticeForm.read(form.text(SendNoticeForm.SENT_ON), form.text(SendNoticeForm.METHOD),
        form.text(SendNoticeForm.PROOF), task.getVariable(SendNoticeForm.WITHOUT_USABLE_CONTACT),
        notifications.obligation(id).recipient(), notifications.today(id));
    notifications.recordSent(id, sent, CurrentUser.completing(task));
    form.discard(SendNoticeForm.FIELDS);
  }
}
