package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.breachresponse.ApiClient;
import org.breachresponse.TasklistJourney;
import org.breachresponse.TasklistTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The IT responder signs in to the Tasklist, picks the breach the front desk just reported out of
 * "My group's tasks" by its incident reference, claims "Confirm the breach", confirms it in the
 * Camunda Form and sees scoping come next, in a Tasklist branded as ours.
 */
class ConfirmBreachBrowserIT extends TasklistJourney {

  private static final String BRAND = "Breach Response Tasklist";
  private static final String CONFIRM_BREACH = "Confirm the breach";
  private static final String SCOPE_BREACH = "Scope the breach";

  @Test
  void itResponderClaimsAndConfirmsReportedBreachInTasklist() {
    String reference = reportBreach();

    signIn("it-responder");
    assertBrandedWithoutMigrationBanner();
    tasks.findInMyGroupsTasks(CONFIRM_BREACH, reference);
    browser.screenshot("1-signed-in");

    tasks.open(CONFIRM_BREACH, reference);
    tasks.claim();
    tasks.choose("Confirmed: this is a security incident");
    tasks.type("Reason for the decision", "Ransom note on the reception PC; the EDR console shows files being encrypted.");
    browser.screenshot("2-form-filled");
    tasks.complete();
    browser.waitUntil("'" + CONFIRM_BREACH + "' for " + reference + " leaves the task list",
        invisibilityOfElementLocated(TasklistTasks.card(CONFIRM_BREACH, reference)));
    browser.waitUntil("'" + SCOPE_BREACH + "' for " + reference + " appears in the task list",
        visibilityOfElementLocated(TasklistTasks.card(SCOPE_BREACH, reference)));
    browser.screenshot("3-completed");

    JsonObject incident = new ApiClient(base, "privacy-officer").get("api/breach/incidents/" + reference).json();
    assertThat(incident.getJsonObject("triage")).as("triage of %s", reference).isNotNull();
    assertThat(incident.getJsonObject("triage").getString("decision")).isEqualTo("CONFIRMED");
    assertThat(incident.getJsonObject("triage").getString("triagedBy")).isEqualTo("it-responder");
    assertThat(incident.getJsonArray("openTasks").getValuesAs(JsonObject.class))
        .extracting(task -> task.getString("name"))
        .contains(SCOPE_BREACH)
        .doesNotContain(CONFIRM_BREACH);
  }

  private String reportBreach() {
    ApiClient.Response created = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s",
         "signs": ["UNUSUAL_NETWORK_ACTIVITY", "STRANGE_MESSAGES_TO_USERS"],
         "description": "A ransom note appeared on the reception PC"}""".formatted(LocalDate.now()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("reference");
  }

  private void signIn(String user) {
    browser.openTasklist(base);
    assertThat(browser.driver().getTitle()).as("page title on the sign-in page").isEqualTo(BRAND);
    assertThat(migrationBannerShown()).as("Camunda 8 migration banner on the sign-in page").isFalse();
    browser.signIn(user);
  }

  private void assertBrandedWithoutMigrationBanner() {
    WebElement brand = browser.waitUntil("the product name in the header",
        visibilityOfElementLocated(By.cssSelector(".navbar-brand .brand-name")));
    assertThat(brand.getText()).as("product name in the header").isEqualTo(BRAND);
    assertThat(browser.driver().getTitle()).as("page title").isEqualTo(BRAND);
    assertThat(migrationBannerShown()).as("Camunda 8 migration banner in the Tasklist").isFalse();
  }

  private boolean migrationBannerShown() {
    return browser.driver().findElements(By.cssSelector(".ce-eol-banner")).stream()
        .anyMatch(WebElement::isDisplayed);
  }
}
