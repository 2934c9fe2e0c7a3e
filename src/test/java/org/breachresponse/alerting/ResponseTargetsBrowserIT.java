package org.breachresponse.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.TasklistJourney;
import org.breachresponse.TasklistTasks;
import org.breachresponse.process.BreachResponseProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Response-time targets in the real Tasklist (issue 17): the IT responder sees {@code Confirm the breach} with its
 * due time on the card ("Due in an hour"); once the target has passed, the practice owner finds
 * {@code Overdue response step} in their group's tasks, reads which step is late and who holds it, and records
 * what they did.
 */
class ResponseTargetsBrowserIT extends TasklistJourney {

  private static final String CONFIRM = "Confirm the breach";

  @Test
  void theItResponderSeesTheConfirmStepsTargetOnItsCard() {
    String reference = report();

    browser.openTasklist(base);
    browser.signIn("it-responder");
    tasks.findInMyGroupsTasks(CONFIRM, reference);
    String due = browser.waitUntil("the card's due time", driver -> {
      String text = driver.findElement(TasklistTasks.card(CONFIRM, reference))
          .findElement(By.cssSelector(".dates .due-date")).getText();
      return text.isBlank() ? null : text;
    });
    assertThat(due).contains("Due").containsAnyOf("in an hour", "in 60 minutes", "in 59 minutes");
    browser.screenshot("1-confirm-due-in-an-hour");
  }

  @Test
  void thePracticeOwnerGetsTheOverdueResponseStepOnceTheTargetPasses() {
    String reference = report();
    ApiClient admin = new ApiClient(base, "demo");
    String instance = admin.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray()
        .getJsonObject(0).getString("id");
    JsonObject timer = admin.get("engine-rest/job?processInstanceId=" + instance + "&activityId="
        + BreachResponseProcess.TIMER_CONFIRM_BREACH_TARGET).structure().asJsonArray().getJsonObject(0);
    assertThat(admin.put("engine-rest/job/" + timer.getString("id") + "/duedate", "application/json",
        EngineTasks.jobDueDate(Instant.now().minusSeconds(1))).status()).isEqualTo(204);
    String overdue = "Overdue response step: " + CONFIRM + " (" + reference + ")";
    new EngineTasks(base).awaitTasks(reference, BreachResponseProcess.TASK_HANDLE_OVERDUE_RESPONSE, 1);

    browser.openTasklist(base);
    browser.signIn("practice-owner");
    tasks.findInMyGroupsTasks(overdue, reference);
    tasks.open(overdue, reference);
    tasks.claim();
    assertThat(tasks.shown("Step")).startsWith(CONFIRM + " was due ").contains("nobody has claimed it");
    tasks.type("What you did", "Called the on-call responder; she took the step at once");
    browser.screenshot("2-overdue-response-step");
    tasks.complete();
    browser.waitUntil("'" + overdue + "' leaves the task list",
        invisibilityOfElementLocated(TasklistTasks.card(overdue, reference)));
    assertThat(new EngineTasks(base).taskIds(reference, BreachResponseProcess.TASK_CONFIRM_BREACH))
        .as("the late step stays open").hasSize(1);
  }

  private String report() {
    ApiClient.Response reported = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"practice": "practice", "reportedBy": "Maria, reception", "discoveryDate": "%s",
         "signs": ["STRANGE_MESSAGES_TO_USERS"], "description": "Pop-ups asking for a password"}"""
        .formatted(LocalDate.now(ZoneOffset.UTC)));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    return reported.json().getString("reference");
  }
}
