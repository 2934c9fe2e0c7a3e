package org.breachresponse.notification.notice;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.notification.NotificationService;
import org.breachresponse.notification.obligation.NoticeTexts;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_RemindOfNotice}: a reminder to the privacy officers of the incident's practice (the process
 * instance's tenant) that a notice is due soon. No patient
 * detail goes into the e-mail: the recipient authority, the incident reference and the date. Each reminder goes
 * out once per notice and due date, however often the step runs ({@link OnceOnlyNoticeMail}).
 */
@Dependent
@Named
public class NoticeReminderDelegate implements JavaDelegate {

  static final String DAYS_BEFORE = "daysBefore";

  private final NotificationService notifications;
  private final OnceOnlyNoticeMail mail;

  @Inject
  public NoticeReminderDelegate(NotificationService notifications, OnceOnlyNoticeMail mail) {
    this.notifications = notifications;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(ProcessVariables.OBLIGATION_ID)).longValue();
    int daysBefore = Integer.parseInt(execution.getVariable(DAYS_BEFORE).toString());
    NotificationObligation obligation = notifications.obligation(id);
    List<String> to = NoticeMail.addressesOf(execution.getProcessEngineServices().getIdentityService(),
        execution.getTenantId(),
        List.of(Roles.PRIVACY_OFFICER));
    String title = NoticeTexts.title(obligation);
    mail.send(new NoticeMailLedger.Key(id, "REMINDER_" + daysBefore, obligation.dueDate()), to, "Reminder: notice to " + title + " is due " + obligation.dueDate(),
        "Incident " + obligation.incident().reference() + ": the notice to " + title + " is due on "
            + obligation.dueDate() + " (" + obligation.basis() + ").\n\nOpen the task \"Send notice to " + title
            + "\" in the Tasklist and record it once it has gone out.");
    notifications.reminded(id, daysBefore, to);
  }
}
