package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.TasklistJourney;
import org.breachresponse.TasklistTasks;
import org.breachresponse.directory.SambaAdDc;
import org.junit.jupiter.api.Test;

/**
 * The IT responder opens "Approve containment" in the Tasklist, reads the plan the process shows (the
 * scoped machine and account, the directory that will act), holds nothing back and completes it; the
 * machine is then isolated in the real Samba AD DC and "Watch entry and exit points" comes next.
 */
class ApproveContainmentBrowserIT extends TasklistJourney {

  private static final String APPROVE = "Approve containment";
  private static final String WATCH = "Watch entry and exit points";

  @Test
  void itResponderApprovesThePlanShownInTheTasklistAndTheMachineIsIsolated() {
    SambaAdDc dc = SambaAdDc.shared();
    dc.addComputer("BIT-PC-01", SambaAdDc.WORKSTATION);
    dc.addUser("bit.mlopez");
    String reference = new EngineTasks(base).scopedIncident("bit-pc-01", "bit.mlopez");

    browser.openTasklist(base);
    browser.signIn("it-responder");
    tasks.findInMyGroupsTasks(APPROVE, reference);
    tasks.open(APPROVE, reference);
    tasks.claim();
    String plan = tasks.shown("Plan");
    assertThat(plan).contains("Machines to isolate (1): bit-pc-01").contains("Accounts to reset (1): bit.mlopez")
        .contains("Directory: ACTIVE_DIRECTORY");
    browser.screenshot("1-plan-shown");
    tasks.complete();
    browser.waitUntil("'" + APPROVE + "' for " + reference + " leaves the task list",
        invisibilityOfElementLocated(TasklistTasks.card(APPROVE, reference)));
    browser.waitUntil("'" + WATCH + "' for " + reference + " appears once the machine and account are done",
        visibilityOfElementLocated(TasklistTasks.card(WATCH, reference)));
    browser.screenshot("2-contained");

    JsonObject containment = new ApiClient(base, "it-responder").get("api/breach/incidents/" + reference).json()
        .getJsonObject("containment");
    assertThat(containment.getJsonObject("machines").getString("summary")).startsWith("1 of 1 machines isolated");
    JsonArray actions = containment.getJsonArray("actions");
    assertThat(actions.getValuesAs(JsonObject.class)).extracting(a -> a.getString("action") + " " + a.getString("outcome"))
        .containsExactlyInAnyOrder("ISOLATE SUCCEEDED", "RESET_PASSWORD SUCCEEDED");
  }
}
