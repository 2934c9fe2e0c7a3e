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
 * {@code Task_EmailOverdueNotice}: the deadline passed and the notice is not recorded as sent. The privacy
 * officers and the practice owners of the incident's practice (the process instance's tenant) are told by
 * e-mail (late notice is what regulators fine: docs/legal-sources.md, 'Who is told and by when'), then the
 * practice owner gets a task. The e-mail goes out once per notice and due date, however often the step runs
 * ({@link OnceOnlyNoticeMail}).
 */
@Dependent
@Named
public class EmailOverdueNoticeDelegate implements JavaDelegate {

  private final NotificationService notifications;
  static final String KIND = "OVERDUE";

  private final OnceOnlyNoticeMail mail;

  @Inject
  public EmailOverdueNoticeDelegate(NotificationService notifications, OnceOnlyNoticeMail mail) {
    this.notifications = notifications;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(ProcessVariables.OBLIGATION_ID)).longValue();
    NotificationObligation obligation = notifications.obligation(id);
    List<String> to = NoticeMail.addressesOf(execution.getProcessEngineServices().getIdentityService(),
        execution.getTenantId(),
        List.of(Roles.PRIVACY_OFFICER, Roles.PRACTICE_OWNER));
    String title = NoticeTexts.title(obligation);
    mail.send(new NoticeMailLedger.Key(id, KIND, obligation.dueDate()), to, "OVERDUE: notice to " + title + " was due " + obligation.dueDate(),
        "Incident " + obligation.incident().reference() + ": the notice to " + title + " was due on "
            + obligation.dueDate() + " (" + obligation.basis() + ") and is not recorded as sent.\n\n"
            + "The practice owner has a task \"Overdue notification\" in the Tasklist. Send the notice now and record"
            + " it in \"Send notice to " + title + "\"; a late notice must still go out.");
    notifications.escalated(id, to);
  }
}
