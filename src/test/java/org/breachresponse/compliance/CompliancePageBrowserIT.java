package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.breachresponse.EngineTasks;
import org.breachresponse.TasklistJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The compliance auditor's page in headless Chromium: anonymous visitors get a sign-in link and no data; the
 * auditor, signed in through that link, sees the incident with its deadline status, opens it and sees its
 * phases as bars and its deadlines as markers in the SVG, and its events, where text someone typed is shown
 * as text even when it looks like a script. The page as the auditor sees it is kept as a screenshot.
 */
class CompliancePageBrowserIT extends TasklistJourney {

  private static final String INJECTED = "<script>document.body.dataset.injected='yes'</script><b>EDR</b> alert";

  @Test
  void auditorSeesTheIncidentsDeadlineStatusAndItsTimeline() throws IOException {
    EngineTasks engine = new EngineTasks(base);
    String reference = engine.notifiableIncident(LocalDate.now(ZoneOffset.UTC).minusDays(3), "TX 20", INJECTED);
    engine.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    engine.complete("privacy-officer", reference, TASK_PLAN_NOTIFICATIONS, """
        {"letterWhatHappened": {"value": "Someone broke into the computer at our front desk."},
         "letterWhatWeAreDoing": {"value": "We took the computer off the network and changed every password."}}""");
    engine.awaitTasks(reference, TASK_SEND_NOTICE, 1);
    String page = URI.create(base.toString()).resolve("compliance/").toString();

    browser.driver().get(page);
    WebElement signIn = browser.waitUntil("the sign-in link for a visitor who is not signed in",
        visibilityOfElementLocated(By.id("sign-in-link")));
    assertThat(signIn.getDomProperty("href")).endsWith("/camunda/app/welcome/default/#!/login");
    assertThat(browser.driver().findElement(By.id("incidents")).isDisplayed()).as("incidents shown anonymously").isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("#incident-rows tr"))).as("rows shown anonymously").isEmpty();
    assertThat(browser.driver().getPageSource()).doesNotContain(reference);
    browser.screenshot("1-anonymous");

    signIn.click();
    browser.waitUntil("the web apps' sign-in form behind the link",
        visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    browser.signIn("compliance-auditor");

    browser.driver().get(page);
    WebElement row = browser.waitUntil("incident " + reference + " in the incidents table",
        visibilityOfElementLocated(By.cssSelector("#incident-rows tr[data-reference='" + reference + "']")));
    assertThat(row.findElement(By.cssSelector(".status")).getText()).as("deadline status").contains("Pending");
    List<String> cells = row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.get(0)).as("practice").isEqualTo("Bright Smiles Dental, PLLC");
    assertThat(cells.get(1)).as("phase").isNotBlank();
    assertThat(cells.get(3)).as("closed").isEqualTo("open");
    assertThat(Integer.parseInt(cells.get(7))).as("pending count").isPositive();
    assertThat(browser.driver().findElement(By.id("signed-in")).getText()).isEqualTo("Signed in as compliance-auditor");

    row.findElement(By.linkText(reference)).click();
    browser.waitUntil("the timeline of " + reference, visibilityOfElementLocated(By.cssSelector("#chart svg.timeline")));
    assertTimelineOf(reference, cells.get(7));
    Path screenshot = browser.screenshot("compliance-page");
    assertThat(screenshot).isRegularFile();
    byte[] png = Files.readAllBytes(screenshot);
    assertThat(png.length).as("screenshot size").isGreaterThan(1000);
    assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).as("PNG signature").isEqualTo("PNG");

    browser.driver().get("about:blank");
    browser.driver().get(page + "#" + reference);
    browser.waitUntil("the timeline of " + reference + " opened from the link's hash",
        visibilityOfElementLocated(By.cssSelector("#chart svg.timeline")));
    assertThat(browser.driver().findElement(By.id("incident-heading")).getText()).isEqualTo("Incident " + reference);
  }

  private void assertTimelineOf(String reference, String pendingCount) {
    var driver = browser.driver();
    assertThat(driver.findElement(By.id("incident-heading")).getText()).isEqualTo("Incident " + reference);
    WebElement chart = driver.findElement(By.cssSelector("#chart svg.timeline"));
    assertThat(chart.findElement(By.tagName("title")).getDomProperty("textContent"))
        .isEqualTo("Timeline of incident " + reference);
    assertThat(chart.findElement(By.tagName("desc")).getDomProperty("textContent")).contains("IDENTIFY from");
    List<String> phases = chart.findElements(By.cssSelector("rect.phase-bar")).stream()
        .map(bar -> bar.getDomAttribute("data-phase")).toList();
    assertThat(phases).as("phase bars").contains("IDENTIFY", "CONTAIN");
    // Reported, scoped and assessed as notifiable, containment not yet approved: containing and notifying at once.
    assertThat(chart.findElements(By.cssSelector("rect.phase-bar.open")).stream()
        .map(bar -> bar.getDomAttribute("data-phase")).toList()).as("the running phases, open to now")
        .containsExactlyInAnyOrder("CONTAIN", "NOTIFY");
    List<WebElement> markers = chart.findElements(By.cssSelector("polygon.deadline-marker"));
    assertThat(markers).as("one marker per deadline").hasSize(driver.findElements(By.cssSelector("#deadline-rows tr")).size())
        .isNotEmpty();
    assertThat(markers.stream().filter(m -> "PENDING".equals(m.getDomAttribute("data-status"))).count())
        .as("pending markers").isEqualTo(Long.parseLong(pendingCount));
    assertThat(chart.findElements(By.cssSelector("text.marker-label")).get(0).getDomProperty("textContent"))
        .containsPattern("due \\d{4}-\\d{2}-\\d{2} · not sent · Pending");
    assertThat(driver.findElement(By.id("deadline-rows")).getText()).contains("Affected individuals (US)")
        .contains("45 CFR 164.404(b)");

    List<WebElement> events = driver.findElements(By.cssSelector("#event-rows tr"));
    assertThat(events).as("events").hasSizeGreaterThan(5);
    assertThat(driver.findElement(By.id("event-rows")).getText()).as("the triage reason, shown as typed")
        .contains(INJECTED);
    assertThat(driver.findElements(By.cssSelector("#event-rows script, #event-rows b, #incident script")))
        .as("markup from the API inserted as elements").isEmpty();
    assertThat(((JavascriptExecutor) driver).executeScript("return document.body.dataset.injected || null"))
        .as("a script from the API ran").isNull();
    assertThat(driver.findElement(By.id("download-csv")).getDomProperty("href"))
        .endsWith("/camunda/api/breach/incidents/" + reference + "/timeline.csv");
    assertThat(driver.findElement(By.id("download-pdf")).getDomProperty("href"))
        .endsWith("/camunda/api/breach/incidents/" + reference + "/timeline.pdf");
    assertThat(downloaded("download-csv")).as("the CSV behind the link, with the session")
        .startsWith("200 text/csv").contains("at,kind,title,actor,detail");
    assertThat(downloaded("download-pdf")).as("the PDF behind the link, with the session")
        .startsWith("200 application/pdf %PDF-");
  }

  /** What the link's target answers the signed-in browser: status, type and the start of the body. */
  private String downloaded(String linkId) {
    return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
          .then(r => r.text().then(body => done(r.status + ' ' + r.headers.get('Content-Type') + ' '
            + body.slice(0, 200))))
          .catch(e => done('failed ' + e));""", linkId);
  }
}
