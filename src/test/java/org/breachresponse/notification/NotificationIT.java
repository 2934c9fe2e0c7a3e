package org.breachresponse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notification end to end in the provisioned server, started the way staff start it: a notifiable breach
 * with residents in three states gets the obligations the preview API computes for the same facts, each as
 * a {@code Send notice to …} task with its legal deadline as due date; an overdue one sends a real e-mail
 * (to the GreenMail SMTP server this test starts, where the server's mail session points) and gives the
 * practice owner a task; letters come out as PDFs and consenting individuals get e-mail notices.
 */
class NotificationIT extends InServerTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  @Test
  void aNotifiableBreachInThreeStatesGetsThePreviewsObligationsAsTasksAndAnOverdueOneEscalates() throws Exception {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(70);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ApiClient officer = new ApiClient(base, "privacy-officer");
    ApiClient.Response preview = officer.post("api/breach/obligations/preview", """
        {"discoveryDate": "%s", "determinationDate": "%s", "entityType": "COVERED_ENTITY", "phiSecured": false,
         "residents": {"TX": 300, "FL": 12, "NY": 250}}""".formatted(discovered, today));
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    List<JsonObject> expected = preview.json().getJsonArray("obligations").getValuesAs(JsonObject.class);
    assertThat(expected).extracting(o -> o.getString("recipient") + " " + o.getString("jurisdiction") + " "
            + o.getString("dueDate") + " " + o.getString("basis"))
        .contains("INDIVIDUALS US " + discovered.plusDays(60) + " 45 CFR 164.404(b)",
            "HHS US " + discovered.plusDays(60) + " 45 CFR 164.408(b)")
        .anyMatch(line -> line.startsWith("INDIVIDUALS FL " + discovered.plusDays(30)))
        .anyMatch(line -> line.startsWith("STATE_REGULATOR TX " + today.plusDays(30)) && line.contains("521.053"));

    EngineTasks tasks = new EngineTasks(base);
    String reference = notifiableIncident(tasks, discovered, "TX 300\\nFL 12\\nNY 250");
    plan(tasks, reference);

    List<JsonObject> notices = tasks.awaitTasks(reference, TASK_SEND_NOTICE, expected.size());
    assertThat(notices).hasSize(expected.size());
    Set<String> taskDueDates = notices.stream().map(t -> t.getString("name") + " due " + t.getString("due").substring(0, 10))
        .collect(Collectors.toSet());
    Set<String> previewDueDates = expected.stream().map(o -> "Send notice to " + o.getString("authority") + " ("
        + o.getString("jurisdiction") + ") due " + o.getString("dueDate")).collect(Collectors.toSet());
    assertThat(taskDueDates).isEqualTo(previewDueDates);
    JsonObject incident = officer.get("api/breach/incidents/" + reference).json();
    assertThat(incident.get("notifications")).as(incident.toString()).isInstanceOf(JsonObject.class);
    List<JsonObject> stored = incident.getJsonObject("notifications").getJsonArray("notices").getValuesAs(JsonObject.class);
    assertThat(stored).extracting(o -> o.getString("basis")).containsExactlyInAnyOrderElementsOf(
        expected.stream().map(o -> o.getString("basis")).toList());

    MimeMessage overdue = awaitMail(m -> subject(m).startsWith("OVERDUE: notice to Affected individuals (US)"));
    assertThat(Arrays.stream(overdue.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .contains("privacy-officer@practice.test", "practice-owner@practice.test");
    assertThat(overdue.getContent().toString()).contains(reference).contains(discovered.plusDays(60).toString());
    List<JsonObject> ownerTasks = tasks.awaitTasks(reference, TASK_HANDLE_OVERDUE_NOTIFICATION, 1);
    assertThat(ownerTasks).extracting(t -> t.getString("name")).contains("Overdue notification: Affected individuals (US)");
    // The escalation's audit entry is appended as its job commits (AuditTrail.recordAtCommit), in the same
    // transaction as the owner's task: it is there, once.
    List<JsonObject> escalations = officer.get("api/breach/incidents/" + reference + "/timeline").json()
        .getJsonArray("escalations").getValuesAs(JsonObject.class);
    assertThat(escalations).as(escalations.toString())
        .filteredOn(e -> e.getString("detail").startsWith("Affected individuals (US) was due ")).hasSize(1);
    String ownerTask = ownerTasks.get(0).getString("id");
    assertThat(new ApiClient(base, "demo").get("engine-rest/task/" + ownerTask + "/identity-links").body())
        .contains("practice-owner");
    assertThat(tasks.taskIds(reference, TASK_SEND_NOTICE)).as("the notices stay open until sent").hasSize(expected.size());
  }

  @Test
  void lettersComeOutAsPdfsAndConsentingIndividualsAreEmailed() throws Exception {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(2);
    EngineTasks tasks = new EngineTasks(base);
    String reference = notifiableIncident(tasks, discovered, "TX 2\\nMD 1");
    plan(tasks, reference);
    ApiClient officer = new ApiClient(base, "privacy-officer");

    ApiClient.Response bad = officer.put("api/breach/incidents/" + reference + "/individuals", "text/csv",
        "name,postal_address,state\nAna,1 Elm St,TX\nBo,2 Oak St,TXX\n");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("line 3: state");
    assertThat(officer.put("api/breach/incidents/" + reference + "/individuals", "text/csv", "name,state\nAna,TX\n")
        .status()).isEqualTo(200);
    ApiClient.Response imported = officer.put("api/breach/incidents/" + reference + "/individuals", "text/csv", """
        name,postal_address,state,email,email_consent
        José Núñez,"12 Oak Lane
        Austin, TX 78701",TX,,no
        Nguyễn Văn An,"5 Bay Rd
        Baltimore, MD 21201",MD,an.nguyen@patients.test,yes
        Pat O'Brien,,TX,,
        """);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().getInt("total")).isEqualTo(3);
    assertThat(imported.json().getInt("withoutUsableContact")).isEqualTo(1);
    assertThat(officer.get("api/breach/incidents/" + reference + "/individuals").json().getJsonArray("individuals"))
        .as("the corrected list replaced the first one").hasSize(3);
    assertThat(new ApiClient(base, "it-responder").get("api/breach/incidents/" + reference + "/individuals").status())
        .as("only the privacy officer sees patients' contact data").isEqualTo(403);

    ApiClient.Download letters = officer.download("api/breach/incidents/" + reference + "/individuals/letters.pdf");
    assertThat(letters.status()).isEqualTo(200);
    assertThat(letters.contentType()).startsWith("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(letters.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Dear José Núñez").contains("Bright Smiles Dental, PLLC").contains("1-800-555-0100")
          .contains("Someone broke into the computer at our front desk")
          .doesNotContain("Nguyễn").doesNotContain("Pat O'Brien");
    }

    // With the mail server down, the run is refused as a problem document (502: the server's mail server failed),
    // not a bare container page, and nobody counts as e-mailed: the next run, once it is back, sends the notice.
    smtp.stop();
    ApiClient.Response mailServerDown;
    try {
      mailServerDown = officer.post("api/breach/incidents/" + reference + "/individuals/email-notices", "{}");
    } finally {
      smtp.start();
    }
    assertThat(mailServerDown.status()).as(mailServerDown.body()).isEqualTo(502);
    assertThat(mailServerDown.contentType()).startsWith("application/problem+json");
    assertThat(mailServerDown.json().getString("detail")).startsWith("0 sent, 1 not sent").endsWith("send again to continue");

    ApiClient.Response emailed = officer.post("api/breach/incidents/" + reference + "/individuals/email-notices", "{}");
    assertThat(emailed.status()).as(emailed.body()).isEqualTo(200);
    assertThat(emailed.json().getInt("sent")).isEqualTo(1);
    MimeMessage notice = awaitMail(m -> recipients(m).contains("an.nguyen@patients.test"));
    assertThat(notice.getContent().toString()).contains("Dear Nguyễn Văn An").contains("Maryland");
    assertThat(officer.post("api/breach/incidents/" + reference + "/individuals/email-notices", "{}").json().getInt("sent"))
        .as("a second run e-mails nobody twice").isZero();
    assertThat(officer.put("api/breach/incidents/" + reference + "/individuals", "text/csv", "name,state\nAna,TX\n").status())
        .as("the list is fixed once someone was told").isEqualTo(409);

    JsonObject worksheet = officer.get("api/breach/incidents/" + reference + "/hhs-worksheet").json();
    assertThat(worksheet.getString("breachAffecting")).isEqualTo("fewer than 500");
    assertThat(worksheet.getJsonObject("breach").getString("discoveryDate")).isEqualTo(discovered.toString());
    assertThat(worksheet.toString()).doesNotContain("Núñez").doesNotContain("an.nguyen");
    JsonObject log = new ApiClient(base, "practice-owner").get("api/breach/hhs-annual-log?year=" + discovered.getYear()).json();
    assertThat(log.getString("submissionDueDate")).isEqualTo(LocalDate.of(discovered.getYear(), 12, 31).plusDays(60).toString());
    assertThat(log.getJsonArray("breaches").getValuesAs(JsonObject.class)).extracting(b -> b.getString("reference"))
        .contains(reference);
    assertThat(officer.get("api/breach/hhs-annual-log?year=1999").status()).isEqualTo(400);

    LocalDate until = discovered.plusDays(120);
    ApiClient.Response delay = officer.post("api/breach/incidents/" + reference + "/law-enforcement-delay", """
        {"form": "WRITTEN", "official": "Special Agent Dana Cole", "agency": "FBI Baltimore Field Office",
         "statement": "Notice would impede an open investigation", "statedOn": "%s", "until": "%s"}"""
        .formatted(LocalDate.now(ZoneOffset.UTC), until));
    assertThat(delay.status()).as(delay.body()).isEqualTo(201);
    assertThat(tasks.awaitTasks(reference, TASK_SEND_NOTICE, 1)).filteredOn(t -> t.getString("name")
        .equals("Send notice to Affected individuals (US)")).singleElement()
        .satisfies(t -> assertThat(t.getString("due")).startsWith(until.toString()));
    ApiClient.Response badDelay = officer.post("api/breach/incidents/" + reference + "/law-enforcement-delay",
        "{\"form\": \"WRITTEN\", \"statedOn\": \"2999-01-01\"}");
    assertThat(badDelay.status()).isEqualTo(400);
    assertThat(badDelay.body()).contains("\"official\"").contains("\"agency\"").contains("\"statement\"")
        .contains("\"statedOn\"").contains("\"until\"");
  }

  @Test
  void thePreviewNamesEveryBadField() {
    ApiClient officer = new ApiClient(base, "privacy-officer");
    ApiClient.Response bad = officer.post("api/breach/obligations/preview",
        "{\"entityType\": \"COVERED_ENTITY\", \"residents\": {\"TX\": 3, \"ZZ\": 4, \"FL\": -1}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.body()).contains("\"discoveryDate\"").contains("\"phiSecured\"").contains("\"residents.ZZ\"")
        .contains("\"residents.FL\"");
    ApiClient.Response badType = officer.post("api/breach/obligations/preview",
        "{\"discoveryDate\": \"2026-04-06\", \"entityType\": \"DENTIST\", \"phiSecured\": false, \"residents\": {\"TX\": 3}}");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.body()).contains("\"entityType\"");
    assertThat(new ApiClient(base, "front-desk").post("api/breach/obligations/preview", "{}").status()).isEqualTo(403);
  }

  @Test
  void aScopeNamingNoDataIsCaughtAtTheRiskAssessmentAndLettersSayWhatIsMissing() {
    EngineTasks tasks = new EngineTasks(base);
    ApiClient officer = new ApiClient(base, "privacy-officer");
    String csv = "name,postal_address,state\nAna Ruiz,\"1 Elm St\nAustin, TX 78701\",TX\n";

    // Scoped without a data type ticked: the privacy officer's risk assessment must name them.
    String reference = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"}""".formatted(LocalDate.now(ZoneOffset.UTC)))
        .json().getString("reference");
    tasks.complete("it-responder", reference, TASK_CONFIRM_BREACH,
        "{\"triageDecision\": {\"value\": \"CONFIRMED\"}, \"triageReason\": {\"value\": \"EDR alert\"}}");
    tasks.complete("it-responder", reference, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "nt-pc-01"}, "howItHappened": {"value": "Phishing e-mail"},
         "affectedIndividualsByState": {"value": "TX 1"}}""");
    String assessTask = tasks.taskIds(reference, TASK_ASSESS_RISK).get(0);
    assertThat(officer.post("engine-rest/task/" + assessTask + "/claim", "{\"userId\": \"privacy-officer\"}").status())
        .isEqualTo(204);
    ApiClient.Response refused = officer.post("engine-rest/task/" + assessTask + "/submit-form",
        "{\"variables\": {" + EngineTasks.notifiableAssessment() + "}}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().getString("message")).contains("dataTypes: tick the types of information involved");
    ApiClient.Response assessed = officer.post("engine-rest/task/" + assessTask + "/submit-form",
        "{\"variables\": {" + EngineTasks.notifiableAssessment() + ", \"dataSocialSecurityNumbers\": {\"value\": true}}}");
    assertThat(assessed.status()).as(assessed.body()).isEqualTo(204);
    assertThat(officer.get("api/breach/incidents/" + reference).json().getJsonObject("scope").getJsonArray("dataTypes")
        .getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("SOCIAL_SECURITY_NUMBERS");

    // Letters before the wording is written: 409, naming the field and the step that writes it.
    assertThat(officer.put("api/breach/incidents/" + reference + "/individuals", "text/csv", csv).status()).isEqualTo(200);
    ApiClient.Response early = officer.get("api/breach/incidents/" + reference + "/individuals/letters.pdf", "application/pdf");
    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.contentType()).startsWith("application/problem+json");
    assertThat(early.json().getString("type")).isEqualTo("urn:breach-response:problem:step-not-done");
    assertThat(early.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("letterWhatHappened");
    assertThat(early.json().getString("detail")).contains("'Plan notifications' (privacy officer)");

    // An incident moved past its scope and assessment (process instance modification) names no data at all.
    NoticesDue notices = new NoticesDue(new ApiClient(base, "front-desk"), new ApiClient(base, "demo"), officer);
    String skipped = notices.reportAndSkipToObligations("Maria, reception", "moved past scope and assessment");
    notices.plan(tasks.awaitTasks(skipped, TASK_PLAN_NOTIFICATIONS, 1).get(0).getString("id"));
    assertThat(officer.put("api/breach/incidents/" + skipped + "/individuals", "text/csv", csv).status()).isEqualTo(200);
    for (String path : List.of("/individuals/letters.pdf", "/individuals/email-notices")) {
      ApiClient.Response refusedLetters = path.endsWith(".pdf")
          ? officer.get("api/breach/incidents/" + skipped + path, "application/pdf")
          : officer.post("api/breach/incidents/" + skipped + path, "{}");
      assertThat(refusedLetters.status()).as(path + ": " + refusedLetters.body()).isEqualTo(409);
      assertThat(refusedLetters.contentType()).startsWith("application/problem+json");
      assertThat(refusedLetters.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("dataTypes");
      assertThat(refusedLetters.json().getString("detail")).contains("types of information involved")
          .contains("'Assess the risk' (privacy officer)");
    }
  }

  /** Reported, confirmed, scoped and assessed as a notifiable breach, then waiting at {@code Plan notifications}. */
  private static String notifiableIncident(EngineTasks tasks, LocalDate discovered, String residents) {
    return tasks.notifiableIncident(discovered, residents);
  }

  private static void plan(EngineTasks tasks, String reference) {
    tasks.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    tasks.complete("privacy-officer", reference, TASK_PLAN_NOTIFICATIONS, """
        {"letterWhatHappened": {"value": "Someone broke into the computer at our front desk and could read patient records."},
         "letterWhatWeAreDoing": {"value": "We took the computer off the network, changed every password and called the FBI."},
         "lawEnforcementReport": {"value": "NONE"}}""");
  }

  private static MimeMessage awaitMail(Predicate<MimeMessage> wanted) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (wanted.test(message)) {
          return message;
        }
      }
      Thread.sleep(300);
    }
    throw new AssertionError("no such e-mail arrived; got " + Arrays.stream(smtp.getReceivedMessages())
        .map(NotificationIT::subject).toList());
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
