package org.breachresponse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLEANSE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_INCIDENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_SECURITY_GAPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_EVIDENCE;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_DATA_FROM_BACKUPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_REVIEW_SECURITY_MEASURES;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_TAKE_DOWN_LEAKED_DATA;
import static org.breachresponse.process.BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;

import jakarta.json.JsonObject;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.TasklistJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One incident through all six phases in the server, worked the way staff work it (engine REST as the Tasklist
 * calls it, each step by its role); then the compliance auditor, with that role alone, reads the closed
 * incident, its timeline as JSON, CSV and PDF and the review's report, and sees the whole story on the
 * compliance page in Chromium: six phase bars, every deadline met, the closing step among the events. Markers
 * in the incident's description and on the affected individuals' list never reach the server log.
 */
class FullResponseBrowserIT extends TasklistJourney {

  @Test
  void aClosedIncidentShowsTheAuditorEveryPhaseStepAndDeadline() throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    EngineTasks tasks = new EngineTasks(base);
    // Markers stand for protected health information: a patient named in the description and on the list.
    String marker = "Phimarker" + UUID.randomUUID().toString().replace("-", "");
    String reference = tasks.notifiableIncident(today.minusDays(3), "TX 12", "EDR alert confirmed",
        "The reception PC showed " + marker + "-Description's chart while a ransom note appeared");
    ApiClient officer = new ApiClient(base, "privacy-officer");

    // Notify: plan, then send every notice the rules derived.
    tasks.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    tasks.complete("privacy-officer", reference, TASK_PLAN_NOTIFICATIONS, """
        {"letterWhatHappened": {"value": "Someone reached the front-desk computer and could read appointment records."},
         "letterWhatWeAreDoing": {"value": "We took the computer off the network and changed every password."},
         "lawEnforcementReport": {"value": "NONE"}}""");
    int notices = tasks.awaitTasks(reference, TASK_SEND_NOTICE, 1).size();
    ApiClient.Response imported = officer.put("api/breach/incidents/" + reference + "/individuals", "text/csv",
        "name,postal_address,state\n" + marker + "-Name,\"12 " + marker + "-Street, Austin\",TX\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(text(officer.download("api/breach/incidents/" + reference + "/individuals/letters.pdf").body()))
        .contains(marker + "-Name");
    for (int i = 0; i < notices; i++) {
      tasks.complete("privacy-officer", reference, TASK_SEND_NOTICE, """
          {"sentOn": {"value": "%s"}, "method": {"value": "First-class mail"}, "proof": {"value": "USPS receipt 4411"},
           "withoutUsableContact": {"value": 0, "type": "Long"}}""".formatted(today));
    }

    // Contain: the front-desk PC is held back (no directory in this test), so a person isolates it.
    tasks.complete("it-responder", reference, TASK_APPROVE_CONTAINMENT,
        "{\"holdBack\": {\"value\": \"NT-PC-01: isolate by hand, the EDR console is down\"}}");
    tasks.awaitTasks(reference, TASK_ISOLATE_MANUALLY, 1);
    tasks.complete("it-responder", reference, TASK_ISOLATE_MANUALLY,
        "{\"doneByHand\": {\"value\": \"DONE\"}, \"personNotes\": {\"value\": \"Network cable pulled\"}}");
    tasks.awaitTasks(reference, TASK_WATCH_ENTRY_AND_EXIT_POINTS, 1);
    tasks.complete("it-responder", reference, TASK_WATCH_ENTRY_AND_EXIT_POINTS, """
        {"firewallAndVpnLogsReviewed": {"value": true}, "remoteAccessRevoked": {"value": true},
         "backupsDisconnected": {"value": true}}""");

    // Remove the threat: evidence first, cleansed by one responder, verified by another, reconnected by hand.
    tasks.awaitTasks(reference, TASK_RECORD_EVIDENCE, 1);
    tasks.complete("it-responder", reference, TASK_RECORD_EVIDENCE, """
        {"evidenceItems": {"value": "Disk image | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | Safe"},
         "collectedBy": {"value": "Sam Lee, IT provider"}, "collectedAt": {"value": "%sT09:30Z[UTC]"}}""".formatted(today));
    tasks.complete("it-responder", reference, TASK_CLEANSE_MACHINE, """
        {"scanResult": {"value": "Defender full scan: clean after removal"}, "remedy": {"value": "CLEANED"},
         "attackerTools": {"value": "AnyDesk"}}""");
    tasks.complete("it-responder-2", reference, TASK_VERIFY_MACHINE_CLEAN,
        "{\"machineClean\": {\"value\": \"CLEAN\"}, \"verificationNotes\": {\"value\": \"Second scan clean\"}}");
    tasks.awaitTasks(reference, TASK_RESTORE_MANUALLY, 1);
    tasks.complete("it-responder", reference, TASK_RESTORE_MANUALLY,
        "{\"doneByHand\": {\"value\": \"DONE\"}, \"personNotes\": {\"value\": \"Cable back in\"}}");

    // Recover and fortify.
    tasks.awaitTasks(reference, TASK_RESTORE_DATA_FROM_BACKUPS, 1);
    tasks.complete("it-responder", reference, TASK_RESTORE_DATA_FROM_BACKUPS, """
        {"backupTakenOn": {"value": "%s"}, "backupLocation": {"value": "Offline USB disk in the safe"},
         "integrityCheck": {"value": "Checksums matched; records open in the practice software"}}""".formatted(today.minusDays(4)));
    tasks.complete("privacy-officer", reference, TASK_TAKE_DOWN_LEAKED_DATA, """
        {"leakedDataSearched": {"value": "Dark-web monitoring service, paste sites"}, "leakedDataPlaces": {"value": ""},
         "leakedDataOutcome": {"value": "NOTHING_FOUND"}}""");
    tasks.complete("it-responder", reference, TASK_CLOSE_SECURITY_GAPS,
        "{\"securityGaps\": {\"value\": \"Remote-support tool left installed | Removed; vendor access only on request\"}}");

    // Review, then close.
    tasks.awaitTasks(reference, TASK_REVIEW_SECURITY_MEASURES, 1);
    tasks.complete("practice-owner", reference, TASK_REVIEW_SECURITY_MEASURES, """
        {"rootCause": {"value": "A remote-support tool left installed after a vendor visit"},
         "whatWorked": {"value": "The held-back PC was isolated by hand within the hour"},
         "whatDidNotWork": {"value": "The EDR console was unreachable"},
         "policyChanges": {"value": "Vendor remote access only on request, removed after each visit"},
         "training": {"value": "Front desk: recognising remote-control sessions, by next month"},
         "reviewPrivacyOfficer": {"value": "privacy-officer"}}""");
    tasks.awaitTasks(reference, TASK_CLOSE_INCIDENT, 1);
    tasks.complete("practice-owner", reference, TASK_CLOSE_INCIDENT, "{\"closeConfirmed\": {\"value\": true}}");

    ApiClient auditor = new ApiClient(base, "compliance-auditor");
    JsonObject incident = auditor.get("api/breach/incidents/" + reference).json();
    assertThat(incident.getString("phase")).isEqualTo("CLOSED");
    assertThat(incident.getJsonObject("closing").getString("closedBy")).isEqualTo("practice-owner");
    assertThat(incident.getJsonObject("review").getString("privacyOfficer")).isEqualTo("privacy-officer");
    assertThat(incident.getJsonObject("recovery").getJsonArray("restorations")).hasSize(1);
    assertThat(tasks.openTaskCount(reference)).isZero();

    ApiClient.Response timeline = auditor.get("api/breach/incidents/" + reference + "/timeline");
    assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
    JsonObject story = timeline.json();
    assertThat(story.getJsonArray("phases").getValuesAs(JsonObject.class)).extracting(p -> p.getString("phase"))
        .containsExactly("IDENTIFY", "CONTAIN", "NOTIFY", "ERADICATE", "RECOVER", "REVIEW", "CLOSED");
    assertThat(story.getString("closedBy")).isEqualTo("practice-owner");
    List<JsonObject> steps = story.getJsonArray("tasks").getValuesAs(JsonObject.class);
    assertThat(steps).extracting(t -> t.getString("activityId")).contains(TASK_CONFIRM_BREACH, TASK_SCOPE_BREACH,
        TASK_ASSESS_RISK, TASK_APPROVE_CONTAINMENT, TASK_VERIFY_MACHINE_CLEAN, TASK_RESTORE_DATA_FROM_BACKUPS,
        TASK_TAKE_DOWN_LEAKED_DATA, TASK_CLOSE_SECURITY_GAPS, TASK_REVIEW_SECURITY_MEASURES, TASK_CLOSE_INCIDENT,
        TASK_PLAN_NOTIFICATIONS, TASK_SEND_NOTICE);
    assertThat(steps).allSatisfy(t -> {
      assertThat(t.getString("completedBy", null)).as(t.toString()).isNotNull();
      assertThat(t.getString("completedAt", null)).as(t.toString()).isNotNull();
    });
    assertThat(steps).filteredOn(t -> t.getString("activityId").equals(TASK_VERIFY_MACHINE_CLEAN))
        .singleElement().satisfies(t -> assertThat(t.getString("completedBy")).isEqualTo("it-responder-2"));
    assertThat(story.getJsonArray("deadlines").getValuesAs(JsonObject.class)).hasSize(notices)
        .allSatisfy(d -> assertThat(d.getString("status")).as(d.toString()).isEqualTo("MET"));
    assertThat(story.getJsonArray("decisions").getValuesAs(JsonObject.class)).extracting(d -> d.getString("rationale", ""))
        .anyMatch(r -> r.contains("EDR alert confirmed"));
    assertThat(story.getJsonArray("containmentActions")).isNotEmpty();

    ApiClient.Response csv = auditor.get("api/breach/incidents/" + reference + "/timeline.csv", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    String csvText = csv.body();
    assertThat(csvText.lines().findFirst()).hasValue("at,kind,title,actor,detail,practice");
    assertThat(csvText).contains("Close the incident").contains("practice-owner").contains("it-responder-2");

    ApiClient.Download pdf = auditor.download("api/breach/incidents/" + reference + "/timeline.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(text(pdf.body())).contains(reference).contains("REVIEW").contains("Close the incident");

    ApiClient.Download report = auditor.download("api/breach/incidents/" + reference + "/review-report.pdf");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.contentType()).startsWith("application/pdf");
    assertThat(text(report.body())).contains(reference).contains("A remote-support tool left installed")
        .contains("privacy-officer").contains("Remote-support tool left installed")
        .contains("Offline USB disk in the safe");
    assertThat(new ApiClient(base, "it-responder").download("api/breach/incidents/" + reference
        + "/review-report.pdf").status()).isEqualTo(403);

    ApiClient.Response verify = auditor.get("api/breach/audit/verify");
    assertThat(verify.status()).as(verify.body()).isEqualTo(200);
    assertThat(verify.json().getInt("entriesChecked")).isPositive();

    seenOnTheCompliancePage(reference, notices);
    assertThat(Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log")))
        .as("the server log after a whole response with patient data").isNotBlank().doesNotContain(marker);
  }

  private void seenOnTheCompliancePage(String reference, int notices) throws IOException {
    String page = URI.create(base.toString()).resolve("compliance/").toString();
    browser.driver().get(page);
    browser.waitUntil("the page's sign-in link", visibilityOfElementLocated(By.id("sign-in-link"))).click();
    browser.waitUntil("the web apps' sign-in form", visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    browser.signIn("compliance-auditor");
    browser.driver().get(page + "#" + reference);
    WebElement chart = browser.waitUntil("the timeline of " + reference,
        visibilityOfElementLocated(By.cssSelector("#chart svg.timeline")));
    assertThat(chart.findElements(By.cssSelector("rect.phase-bar")).stream().map(bar -> bar.getDomAttribute("data-phase")))
        .containsExactly("IDENTIFY", "CONTAIN", "NOTIFY", "ERADICATE", "RECOVER", "REVIEW", "CLOSED");
    assertThat(chart.findElements(By.cssSelector("polygon.deadline-marker"))).hasSize(notices)
        .allSatisfy(marker -> assertThat(marker.getDomAttribute("data-status")).isEqualTo("MET"));
    String events = browser.driver().findElement(By.id("event-rows")).getText();
    assertThat(events).contains("Close the incident").contains("Review security measures")
        .contains("Restore data from backups").contains("it-responder-2");
    WebElement row = browser.waitUntil("the closed incident in the list",
        visibilityOfElementLocated(By.cssSelector("#incident-rows tr[data-reference='" + reference + "']")));
    assertThat(row.findElement(By.cssSelector(".status")).getText()).contains("Met");
    Path screenshot = browser.screenshot("closed-incident-timeline");
    assertThat(Files.size(screenshot)).isGreaterThan(1000);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
