package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.practice.SecondPracticeRow.ID;
import static org.breachresponse.practice.SecondPracticeRow.NAME;
import static org.breachresponse.practice.TwoPracticesSeed.FRONT_DESK_A;
import static org.breachresponse.practice.TwoPracticesSeed.PROVIDER_RESPONDER;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.breachresponse.ApiClient;
import org.breachresponse.Browser;
import org.breachresponse.Deployments;
import org.breachresponse.TasklistTasks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two practices in one installation, in headless Chromium: practice A (the test server's first practice) and B
 * ({@link SecondPracticeRow}), each with an incident. A's front desk never sees B's incident or tasks, in our API
 * or the Tasklist, not even B's name in the Tasklist's filters. The provider's responder, a member of both, sees
 * both practices' tasks in one Tasklist with the practice's name on each card, narrows to B with B's filter,
 * claims and completes one task of each, and sees both practices on the provider page.
 *
 * <p>Deploys the application WAR with the test-only {@link TwoPracticesSeed}, which creates B and the two users
 * at start (practices are created through the API by another part of issue 14).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticesBrowserIT {

  private static final String PRACTICE_A_NAME = "Bright Smiles Dental, PLLC";
  private static final String CONFIRM_BREACH = "Confirm the breach";
  private static final String SCOPE_BREACH = "Scope the breach";

  @ArquillianResource
  private URL base;

  private Browser browser;
  private TasklistTasks tasks;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application().addClasses(TwoPracticesSeed.class, SecondPracticeRow.class);
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(getClass());
    tasks = new TasklistTasks(browser);
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void eachPracticeSeesItsOwnAndTheProviderWorksBoth() {
    String inA = report(FRONT_DESK_A, null);
    String inB = report(PROVIDER_RESPONDER, ID);
    assertThat(practiceOf(inA)).isEqualTo(PRACTICE_A_NAME);
    assertThat(practiceOf(inB)).isEqualTo(NAME);
    ApiClient.Response unnamed = report(PROVIDER_RESPONDER, null, 400);
    assertThat(unnamed.body()).as("a provider responder must name the practice").contains("practice");
    startFormRefusesThePracticeByItsLabel();

    frontDeskOfANeverSeesB(inA, inB);
    providerResponderWorksBothPractices(inA, inB);
    providerPageShowsBoth(inA, inB);

    JsonObject triagedB = new ApiClient(base, PROVIDER_RESPONDER).get("api/breach/incidents/" + inB).json();
    assertThat(triagedB.getJsonObject("triage").getString("triagedBy")).isEqualTo(PROVIDER_RESPONDER);
    JsonObject triagedA = new ApiClient(base, PROVIDER_RESPONDER).get("api/breach/incidents/" + inA).json();
    assertThat(triagedA.getJsonObject("triage").getString("triagedBy")).isEqualTo(PROVIDER_RESPONDER);
  }

  /** What the Tasklist's start form gets from the engine REST API when the engine refuses the practice. */
  private void startFormRefusesThePracticeByItsLabel() {
    for (String practice : List.of("", ID + "-unknown")) {
      ApiClient.Response refused = new ApiClient(base, PROVIDER_RESPONDER).post(
          "engine-rest/process-definition/key/breachResponse/submit-form", """
          {"variables": {"practice": {"value": "%s", "type": "String"},
            "reportedBy": {"value": "Maria, reception", "type": "String"},
            "discoveryDate": {"value": "%s", "type": "String"},
            "signUnusualNetworkActivity": {"value": true, "type": "Boolean"},
            "description": {"value": "A ransom note appeared on the reception PC", "type": "String"}}}"""
              .formatted(practice, LocalDate.now()));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().getString("message")).as("the start form's message")
          .startsWith(practice.isEmpty() ? "Practice: is required: you belong to several practices"
              : "Practice: No practice " + practice + " that you belong to");
    }
  }

  private void frontDeskOfANeverSeesB(String inA, String inB) {
    ApiClient frontDesk = new ApiClient(base, FRONT_DESK_A);
    assertThat(frontDesk.get("api/breach/incidents/" + inB).status()).as("B's incident to A's front desk")
        .isEqualTo(404);
    assertThat(frontDesk.get("api/breach/incidents/" + inA).status()).isEqualTo(200);
    String list = frontDesk.get("api/breach/incidents").body();
    assertThat(list).contains(inA).doesNotContain(inB).doesNotContain(NAME);
    assertThat(new ApiClient(base, FRONT_DESK_A).get("engine-rest/task?processInstanceBusinessKey=" + inB).body())
        .as("B's tasks through the engine REST API").isEqualTo("[]");
    assertThat(new ApiClient(base, FRONT_DESK_A).get("engine-rest/filter").body()).as("the filters A's front desk reads")
        .contains(PRACTICE_A_NAME + ": my group's tasks").doesNotContain(NAME);

    browser.openTasklist(base);
    browser.signIn(FRONT_DESK_A);
    browser.waitUntil("A's own filter in the Tasklist", visibilityOfElementLocated(filter(PRACTICE_A_NAME
        + ": my group's tasks")));
    browser.waitUntil("the 'My group's tasks' filter", elementToBeClickable(filter("My group's tasks"))).click();
    browser.screenshot("1-front-desk-of-a");
    assertThat(browser.driver().getPageSource()).as("the Tasklist of A's front desk").doesNotContain(NAME)
        .doesNotContain(inB);
    signOut();
  }

  private void providerResponderWorksBothPractices(String inA, String inB) {
    browser.openTasklist(base);
    browser.signIn(PROVIDER_RESPONDER);
    browser.waitUntil("the 'My group's tasks' filter", elementToBeClickable(filter("My group's tasks"))).click();
    browser.waitUntil("A's task with A's name on the card", visibilityOfElementLocated(card(CONFIRM_BREACH, inA,
        PRACTICE_A_NAME)));
    browser.waitUntil("B's task with B's name on the card", visibilityOfElementLocated(card(CONFIRM_BREACH, inB,
        NAME)));
    browser.screenshot("2-provider-both-practices");

    browser.waitUntil("B's own filter", elementToBeClickable(filter(NAME + ": my group's tasks"))).click();
    browser.waitUntil("B's task in B's filter", visibilityOfElementLocated(card(CONFIRM_BREACH, inB, NAME)));
    browser.waitUntil("A's task not in B's filter", invisibilityOfElementLocated(TasklistTasks.card(CONFIRM_BREACH,
        inA)));
    browser.screenshot("3-provider-filter-of-b");

    for (String reference : List.of(inB, inA)) {
      tasks.open(CONFIRM_BREACH, reference);
      tasks.claim();
      tasks.choose("Confirmed: this is a security incident");
      tasks.type("Reason for the decision", "Ransom note on the reception PC; the EDR shows files being encrypted.");
      tasks.complete();
      browser.waitUntil("'" + CONFIRM_BREACH + "' for " + reference + " leaves the task list",
          invisibilityOfElementLocated(TasklistTasks.card(CONFIRM_BREACH, reference)));
      browser.waitUntil("the 'My group's tasks' filter", elementToBeClickable(filter("My group's tasks"))).click();
      browser.waitUntil("'" + SCOPE_BREACH + "' for " + reference + " appears",
          visibilityOfElementLocated(TasklistTasks.card(SCOPE_BREACH, reference)));
    }
    browser.screenshot("4-provider-worked-both");
  }

  private void providerPageShowsBoth(String inA, String inB) {
    browser.driver().get(URI.create(base.toString()).resolve("provider/").toString());
    WebElement practiceA = browser.waitUntil("practice A on the provider page",
        visibilityOfElementLocated(By.cssSelector("section.practice[data-practice='" + TwoPracticesSeed.PRACTICE_A
            + "']")));
    WebElement practiceB = browser.driver().findElement(By.cssSelector("section.practice[data-practice='" + ID
        + "']"));
    assertThat(practiceA.findElement(By.tagName("h3")).getText()).isEqualTo(PRACTICE_A_NAME);
    assertThat(practiceB.findElement(By.tagName("h3")).getText()).isEqualTo(NAME);
    assertThat(practiceA.findElements(By.cssSelector("tr[data-reference='" + inA + "']"))).hasSize(1);
    assertThat(practiceB.findElements(By.cssSelector("tr[data-reference='" + inB + "']"))).hasSize(1);
    assertThat(practiceB.findElements(By.cssSelector("tr[data-reference='" + inA + "']"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#weeks li.week"))).as("the coming weeks").hasSize(9);
    browser.screenshot("5-provider-page");

    assertThat(new ApiClient(base, FRONT_DESK_A).get("api/breach/provider/overview").status())
        .as("the front desk has no provider page").isEqualTo(403);
    String mine = new ApiClient(base, "privacy-officer").get("api/breach/provider/overview").body();
    assertThat(mine).as("A's privacy officer's overview").contains(inA).doesNotContain(inB).doesNotContain(NAME);
  }

  private String report(String user, String practice) {
    ApiClient.Response created = report(user, practice, 201);
    return created.json().getString("reference");
  }

  private ApiClient.Response report(String user, String practice, int expected) {
    String named = practice == null ? "" : "\"practice\": \"" + practice + "\",";
    ApiClient.Response created = new ApiClient(base, user).post("api/breach/incidents", """
        {%s "reportedBy": "Maria, reception", "discoveryDate": "%s",
         "signs": ["UNUSUAL_NETWORK_ACTIVITY"], "description": "A ransom note appeared on the reception PC"}"""
        .formatted(named, LocalDate.now()));
    assertThat(created.status()).as(created.body()).isEqualTo(expected);
    return created;
  }

  private String practiceOf(String reference) {
    return new ApiClient(base, PROVIDER_RESPONDER).get("api/breach/incidents/" + reference).json()
        .getJsonObject("practice").getString("name");
  }

  /** Forgets the session: the next page loads from scratch at the sign-in form. */
  private void signOut() {
    browser.driver().manage().deleteAllCookies();
    browser.driver().get("about:blank");
  }

  private static By filter(String name) {
    return By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(),\"" + name + "\")]");
  }

  /** A task card with the incident's reference and the practice's name among its variables. */
  private static By card(String task, String reference, String practice) {
    return By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4[normalize-space()='" + task + "']"
        + " and .//*[contains(@class,'variable-value')][normalize-space()='" + reference + "']"
        + " and .//*[contains(@class,'variable-value')][normalize-space()=\"" + practice + "\"]]");
  }
}
