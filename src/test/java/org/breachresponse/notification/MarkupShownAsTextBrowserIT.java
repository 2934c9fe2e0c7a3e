package org.breachresponse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.breachresponse.EngineTasks;
import org.breachresponse.TasklistJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Script tags in free text are shown as text in the Tasklist. A breach is reported, triaged and planned with
 * markup in every free-text field a person fills in (the description, the triage reason, a business partner's
 * name and contract clause); the partner's name becomes a notice task's name and its clause the task's form,
 * which is where free text reaches the Tasklist. The privacy officer finds that task in the real Tasklist
 * (headless Chromium): the card, the task's heading and the form show the markup literally, and none of it ran.
 */
class MarkupShownAsTextBrowserIT extends TasklistJourney {

  private static final String SCRIPT = "<script>window.__pwned=1</script>";
  private static final String IMAGE = "<img src=x onerror=window.__pwned=2>";
  private static final String NOTICE = "Send notice to " + SCRIPT + " (US)";

  @Test
  void markupInFreeTextIsShownLiterallyAndNeverRuns() {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    EngineTasks engine = new EngineTasks(base);
    String reference = engine.notifiableIncident(discovered, "TX 20", "EDR alert " + IMAGE + " " + SCRIPT,
        "The reception PC shows " + SCRIPT + " and " + IMAGE);
    engine.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    engine.complete("privacy-officer", reference, TASK_PLAN_NOTIFICATIONS, """
        {"letterWhatHappened": {"value": "Someone broke into the computer at our front desk %s."},
         "letterWhatWeAreDoing": {"value": "We took the computer off the network %s."},
         "businessPartners": {"value": "%s; %s; BAA section 7.2 %s"}}"""
        .formatted(IMAGE, SCRIPT, SCRIPT, discovered.plusDays(20), IMAGE));

    browser.openTasklist(base);
    browser.signIn("privacy-officer");
    tasks.findInMyGroupsTasks(NOTICE, reference);
    assertNothingRan("the task list");
    WebElement card = browser.driver().findElement(org.breachresponse.TasklistTasks.card(NOTICE, reference));
    assertThat(card.findElement(By.cssSelector("h4")).getText()).as("the card's title").isEqualTo(NOTICE);
    tasks.open(NOTICE, reference);
    assertThat(browser.driver().findElement(By.cssSelector("section.task-details h2")).getText())
        .as("the task's heading").isEqualTo(NOTICE);
    assertThat(tasks.shown("Notice")).as("the notice on the task's form")
        .contains("Recipient: " + SCRIPT).contains("Basis: BAA section 7.2 " + IMAGE);
    browser.screenshot("1-notice-task-with-markup");
    assertNothingRan("the open task");
  }

  /** No script of ours ran, and no element came out of the text: the markup stayed characters. */
  private void assertNothingRan(String where) {
    Object pwned = ((JavascriptExecutor) browser.driver()).executeScript("return window.__pwned === undefined ? null"
        + " : String(window.__pwned);");
    assertThat(pwned).as("window.__pwned after %s rendered (set by injected markup)", where).isNull();
    assertThat(browser.driver().findElements(By.cssSelector("img[src='x']"))).as("img elements from the text in %s", where)
        .isEmpty();
    assertThat(browser.driver().findElements(By.xpath("//script[contains(., '__pwned')]")))
        .as("script elements from the text in %s", where).isEmpty();
  }
}
