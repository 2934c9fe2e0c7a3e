package org.breachresponse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.breachresponse.EngineTasks;
import org.breachresponse.TasklistJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The privacy officer's view of a notice in the real Tasklist (headless Chromium): the task is named for its
 * recipient, and its legal deadline is the task's due date, shown on the task and in its form.
 */
class SendNoticeDueDateBrowserIT extends TasklistJourney {

  private static final String NOTICE = "Send notice to Affected individuals (US)";

  @Test
  void privacyOfficerSeesTheLegalDeadlineAsTheNoticesDueDate() {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    LocalDate due = discovered.plusDays(60);
    EngineTasks engine = new EngineTasks(base);
    String reference = engine.notifiableIncident(discovered, "TX 20");
    engine.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    engine.complete("privacy-officer", reference, TASK_PLAN_NOTIFICATIONS, """
        {"letterWhatHappened": {"value": "Someone broke into the computer at our front desk."},
         "letterWhatWeAreDoing": {"value": "We took the computer off the network and changed every password."}}""");
    engine.awaitTasks(reference, TASK_SEND_NOTICE, 1);

    browser.openTasklist(base);
    browser.signIn("privacy-officer");
    tasks.findInMyGroupsTasks(NOTICE, reference);
    tasks.open(NOTICE, reference);
    String shownDue = due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    // The Tasklist shows the due date as "in 2 months" beside a bell, with the full date as its tooltip.
    String tooltip = browser.waitUntil("the due date beside the bell on the task", driver -> driver.findElement(
        By.cssSelector("section.task-details span[am-time-ago]")).getDomAttribute("uib-tooltip"));
    assertThat(tooltip).contains(shownDue + " 23:59");
    assertThat(browser.driver().findElement(By.cssSelector("section.task-details span[am-time-ago]")).getText())
        .isEqualTo("in 2 months");
    assertThat(tasks.shown("Notice")).contains("Due: " + due).contains("Basis: 45 CFR 164.404(b)");
    browser.screenshot("1-notice-with-due-date");
  }
}
