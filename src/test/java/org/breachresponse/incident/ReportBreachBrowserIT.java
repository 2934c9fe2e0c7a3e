package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.breachresponse.ApiClient;
import org.breachresponse.TasklistJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The front desk reports a suspected breach the way staff are told to: "Start process" in the Tasklist,
 * "Data breach response", the Camunda Form filled in by its labels, Start. The IT responder then finds
 * exactly what was typed on a new incident waiting in "Confirm the breach", while the front desk's own
 * Tasklist filters stay free of the responders' work.
 */
class ReportBreachBrowserIT extends TasklistJourney {

  private static final String PROCESS = "Data breach response";
  private static final String CONFIRM_BREACH = "Confirm the breach";
  private static final String STARTED = "The process has been started.";
  private static final By START_FORM = By.cssSelector(".modal-dialog form.fjs-form");
  private static final List<String> FRONT_DESK_FILTERS = List.of("My group's tasks", "My tasks", "Due soon");

  @Test
  void frontDeskReportsSuspectedBreachFromTasklistStartForm() {
    // The marker tells this report apart from every other incident on the test server.
    String reportedBy = "Maria Lopez, reception " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate yesterday = LocalDate.now().minusDays(1);
    String description = "A ransom note appeared on the reception PC at 8:15; the shared drive's files end in .locked";

    browser.openTasklist(base);
    browser.signIn("front-desk");
    openStartForm(PROCESS);
    browser.screenshot("1-start-form");
    type("Who noticed it", reportedBy);
    enterDate("Date the breach was discovered", yesterday);
    tick("Unusually high network activity");
    tick("Strange messages to users");
    type("Description", description);
    browser.screenshot("3-form-filled");
    start();
    browser.screenshot("4-started");

    ApiClient responder = new ApiClient(base, "it-responder");
    JsonObject incident = reportedBy(responder, reportedBy);
    String reference = incident.getString("reference");
    JsonObject report = incident.getJsonObject("report");
    assertThat(report.getString("recordedBy")).as("who recorded %s", reference).isEqualTo("front-desk");
    assertThat(report.getString("discoveryDate")).as("discovery date of %s", reference)
        .isEqualTo(yesterday.toString());
    assertThat(report.getJsonArray("signs").getValuesAs(JsonString::getString)).as("signs of %s", reference)
        .containsExactlyInAnyOrder("UNUSUAL_NETWORK_ACTIVITY", "STRANGE_MESSAGES_TO_USERS");
    assertThat(report.isNull("otherSigns")).as("no other signs on %s", reference).isTrue();
    assertThat(report.getString("description")).as("description of %s", reference).isEqualTo(description);
    assertThat(incident.getJsonArray("openTasks").getValuesAs(JsonObject.class))
        .as("open tasks of %s", reference)
        .singleElement()
        .satisfies(task -> {
          assertThat(task.getString("name")).isEqualTo(CONFIRM_BREACH);
          assertThat(task.getJsonArray("candidateGroups").getValuesAs(JsonString::getString))
              .containsExactly("it-responder");
          assertThat(task.isNull("assignee")).as("unclaimed").isTrue();
        });

    for (String filter : FRONT_DESK_FILTERS) {
      assertFilterShowsNothingOf(filter, reference);
    }
    browser.screenshot("5-front-desk-filters");
    ApiClient.Response frontDeskTasks = new ApiClient(base, "front-desk")
        .get("engine-rest/task?processInstanceBusinessKey=" + reference);
    assertThat(frontDeskTasks.status()).as(frontDeskTasks.body()).isEqualTo(200);
    assertThat(frontDeskTasks.structure().asJsonArray()).as("tasks of %s front-desk may read", reference).isEmpty();
  }

  private void openStartForm(String process) {
    browser.waitUntil("'Start process' in the header",
        elementToBeClickable(By.xpath("//a[normalize-space()='Start process']"))).click();
    browser.waitUntil("'" + process + "' in the list of processes to start", elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[normalize-space()='"
            + process + "']"))).click();
    browser.waitUntil("the start form of '" + process + "' with its first field", visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'modal-dialog')]//form[contains(@class,'fjs-form')]"
            + "//label[starts-with(normalize-space(),'Who noticed it')]")));
  }

  /** Form-js renders no name or value on its inputs: a user finds them by their labels, and so do we. */
  private WebElement field(String label) {
    WebElement form = browser.driver().findElement(START_FORM);
    String id = form.findElement(By.xpath(".//label[starts-with(normalize-space(),'" + label + "')]"))
        .getDomAttribute("for");
    return form.findElement(By.id(id));
  }

  private void type(String label, String text) {
    field(label).sendKeys(text);
  }

  private void tick(String label) {
    WebElement checkbox = browser.driver().findElement(START_FORM).findElement(By.xpath(
        ".//div[contains(@class,'fjs-form-field-checkbox')]//label[normalize-space()='" + label + "']/input"));
    checkbox.click();
    assertThat(checkbox.isSelected()).as("'%s' ticked", label).isTrue();
  }

  /**
   * Types the date as the field's placeholder asks (form-js takes the order from the browser's locale,
   * e.g. mm/dd/yyyy) and leaves the field, which is when its date picker reads what was typed. Then the
   * field and the picker must both show that very date: a date typed in another order is not refused,
   * it silently becomes a different one.
   */
  private void enterDate(String label, LocalDate date) {
    WebElement input = field(label);
    String placeholder = input.getDomAttribute("placeholder");
    assertThat(placeholder).as("placeholder of '%s'", label).contains("dd", "mm", "yyyy");
    input.click();
    input.sendKeys(DateTimeFormatter.ofPattern(placeholder.replace("mm", "MM")).format(date), Keys.TAB);
    // Shown without leading zeros (1/5/2026) in some locales, so compare dates, not text.
    DateTimeFormatter shown = DateTimeFormatter.ofPattern(placeholder.replace("mm", "M").replace("dd", "d"));
    browser.waitUntil("'" + label + "' showing " + date + " in the format " + placeholder, driver -> {
      String value = input.getDomProperty("value");
      return value != null && !value.isBlank() && LocalDate.parse(value, shown).equals(date);
    });
    input.click();
    String day = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(date);
    browser.waitUntil("the date picker of '" + label + "' open on " + day + ", selected",
        visibilityOfElementLocated(By.cssSelector(
            ".modal-dialog .flatpickr-calendar.open .flatpickr-day.selected[aria-label='" + day + "']")));
    browser.screenshot("2-date-picked");
    input.sendKeys(Keys.TAB);
  }

  /** Clicks Start; a refusal (field errors, or the red alert at the top of the dialog) fails with its text. */
  private void start() {
    browser.waitUntil("the Start button", elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"))).click();
    browser.waitUntil("the notification '" + STARTED + "'", driver -> {
      List<String> refusals = driver.findElements(
              By.cssSelector(".modal-dialog .alert-danger, .modal-dialog .fjs-form-field-error")).stream()
          .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
      assertThat(refusals).as("what the start form shows after Start").isEmpty();
      return driver.findElement(By.xpath("//div[contains(@class,'notifications')]//*[contains(@class,'status')]"
          + "[normalize-space()='" + STARTED + "']")).isDisplayed();
    });
    browser.waitUntil("the start dialog closed", invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
  }

  /** The report with this unique reportedBy among the newest incidents, read as the responder reads it. */
  private static JsonObject reportedBy(ApiClient api, String reportedBy) {
    ApiClient.Response page = api.get("api/breach/incidents?size=100");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> api.get("api/breach/incidents/" + item.getString("reference")).json())
        .filter(incident -> reportedBy.equals(incident.getJsonObject("report").getString("reportedBy")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No incident reported by '" + reportedBy + "' among the newest "
            + "100: the start form's report did not arrive"));
  }

  /**
   * Selects the filter, waits for its list (or its "No task matching filters found."), and expects no
   * card of the incident and no "Confirm the breach" at all: that is the IT responder's work.
   */
  private void assertFilterShowsNothingOf(String filter, String reference) {
    String name = "[starts-with(normalize-space(),\"" + filter + "\")]";
    browser.waitUntil("the '" + filter + "' filter", elementToBeClickable(
        By.xpath("//div[contains(@class,'task-filter')]//h4/a" + name))).click();
    browser.waitUntil("'" + filter + "' selected and its tasks loaded", driver ->
        driver.findElement(By.xpath("//div[contains(@class,'task-filter')][contains(@class,'active')]//h4/a" + name))
            .isDisplayed()
            && !driver.findElement(By.cssSelector("[cam-tasks] > .loader")).isDisplayed()
            && driver.findElements(By.xpath("//div[@cam-tasks]//*[contains(@class,'tasks-list') or "
                + "(contains(@class,'well') and contains(normalize-space(),'No task matching filters found.'))]"))
                .stream().anyMatch(WebElement::isDisplayed));
    assertThat(browser.driver().findElements(By.xpath("//ol[contains(@class,'tasks-list')]/li["
        + ".//h4[normalize-space()='" + CONFIRM_BREACH + "'] or "
        + ".//*[contains(@class,'variable-value')][normalize-space()='" + reference + "']]")))
        .extracting(WebElement::getText)
        .as("cards in front-desk's '%s' for %s or '%s'", filter, reference, CONFIRM_BREACH)
        .isEmpty();
  }
}
