package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compliance auditor's timeline in the provisioned server: a notifiable breach is worked through the
 * engine REST API as the Tasklist does (reported, confirmed, scoped, assessed, notifications planned), and
 * the auditor reads who claimed and completed each step, the decisions with their reasons, and every notice's
 * deadline as the notification rules give it, as JSON, CSV and a PDF report; the compliance list shows the
 * incident's deadlines pending. Roles that do not audit get 403; an unknown incident 404.
 */
class TimelineIT extends InServerTest {

  private static final String DESCRIPTION = "The reception PC talks to an unknown server at night";
  private static final String PATIENT = "José Núñez";

  private EngineTasks tasks;
  private ApiClient auditor;

  @BeforeEach
  void signIn() {
    tasks = new EngineTasks(base);
    auditor = new ApiClient(base, "compliance-auditor");
  }

  @Test
  void theAuditorSeesWhoDidEachStepTheReasonsAndEveryNoticesDeadline() throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate discovered = today.minusDays(2);
    String reference = tasks.notifiableIncident(discovered, "TX 3");
    tasks.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    tasks.complete("privacy-officer", reference, TASK_PLAN_NOTIFICATIONS, """
        {"letterWhatHappened": {"value": "Someone broke into the computer at our front desk."},
         "letterWhatWeAreDoing": {"value": "We took the computer off the network and changed every password."},
         "lawEnforcementReport": {"value": "NONE"}}""");
    Set<String> previewDeadlines = new ApiClient(base, "privacy-officer").post("api/breach/obligations/preview", """
        {"discoveryDate": "%s", "determinationDate": "%s", "entityType": "COVERED_ENTITY", "phiSecured": false,
         "residents": {"TX": 3}}""".formatted(discovered, today)).json().getJsonArray("obligations")
        .getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("authority") + " (" + o.getString("jurisdiction") + ") due " + o.getString("dueDate"))
        .collect(Collectors.toSet());
    assertThat(previewDeadlines).isNotEmpty();
    tasks.awaitTasks(reference, TASK_SEND_NOTICE, previewDeadlines.size());
    ApiClient.Response imported = new ApiClient(base, "privacy-officer").put("api/breach/incidents/" + reference
        + "/individuals", "text/csv", "name,postal_address,state\n" + PATIENT + ",\"12 Oak Lane, Austin\",TX\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    ApiClient.Response response = auditor.get("api/breach/incidents/" + reference + "/timeline");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).as("no incident description or patient in the timeline").doesNotContain(DESCRIPTION)
        .doesNotContain(PATIENT);
    JsonObject timeline = response.json();
    assertThat(timeline.getString("reference")).isEqualTo(reference);
    assertThat(timeline.getString("phase")).isEqualTo("NOTIFY");
    assertThat(timeline.getString("discoveryDate")).isEqualTo(discovered.toString());
    assertThat(timeline.get("closedAt")).isEqualTo(JsonValue.NULL);
    assertThat(objects(timeline, "phases")).extracting(p -> p.getString("phase"))
        .containsExactly("IDENTIFY", "CONTAIN", "NOTIFY");
    // Phases overlap: the risk assessment (identify and analyse) ended after containment had started.
    assertThat(Instant.parse(objects(timeline, "phases").get(0).getString("endedAt")))
        .isAfterOrEqualTo(Instant.parse(objects(timeline, "phases").get(1).getString("startedAt")));

    assertDoneBy(timeline, TASK_CONFIRM_BREACH, "it-responder", "it-responder");
    assertDoneBy(timeline, TASK_SCOPE_BREACH, "it-responder", "it-responder");
    assertDoneBy(timeline, TASK_ASSESS_RISK, "privacy-officer", "privacy-officer");
    assertDoneBy(timeline, TASK_PLAN_NOTIFICATIONS, "privacy-officer", "privacy-officer");
    assertThat(objects(timeline, "tasks")).filteredOn(t -> t.getString("activityId").equals(TASK_SEND_NOTICE))
        .hasSize(previewDeadlines.size())
        .allSatisfy(t -> {
          assertThat(t.get("completedBy")).isEqualTo(JsonValue.NULL);
          assertThat(t.getString("state")).isEqualTo("OPEN");
          assertThat(t.getString("candidateGroup")).isEqualTo("privacy-officer");
        });

    assertThat(objects(timeline, "decisions")).anySatisfy(d -> {
      assertThat(d.getString("decision")).isEqualTo("Triage: CONFIRMED");
      assertThat(d.getString("rationale")).isEqualTo("EDR alert confirmed");
      assertThat(d.getString("by")).isEqualTo("it-responder");
    }).anySatisfy(d -> {
      assertThat(d.getString("decision")).isEqualTo("Risk assessment: NOTIFIABLE_BREACH");
      assertThat(d.getString("rationale")).contains("Names and addresses were exfiltrated");
      assertThat(d.getString("by")).isEqualTo("privacy-officer");
    });

    List<JsonObject> deadlines = objects(timeline, "deadlines");
    assertThat(deadlines.stream().map(d -> d.getString("title") + " due " + d.getString("dueDate"))
        .collect(Collectors.toSet())).isEqualTo(previewDeadlines);
    assertThat(deadlines).allSatisfy(d -> {
      assertThat(d.getString("status")).isEqualTo("PENDING");
      assertThat(d.get("sentOn")).isEqualTo(JsonValue.NULL);
    });
    assertThat(objects(timeline, "escalations")).isEmpty();

    List<JsonObject> events = objects(timeline, "events");
    List<Instant> times = events.stream().map(e -> Instant.parse(e.getString("at"))).toList();
    assertThat(times).isSorted();
    assertThat(events).extracting(e -> e.getString("kind") + " " + e.getString("title"))
        .contains("RECORD REPORTED", "RECORD TRIAGED", "RECORD RISK_ASSESSED", "DECISION Triage: CONFIRMED",
            "TASK Task completed: Confirm the breach");

    assertCsvHasEveryEvent(reference, events.size());
    assertPdfReportsIt(reference, deadlines.size());

    assertThat(auditor.get("api/breach/incidents/" + reference).status())
        .as("the timeline does not hide the incident itself").isEqualTo(200);
    List<JsonObject> listed = objects(auditor.get("api/breach/audit/incidents").json(), "incidents");
    assertThat(listed).filteredOn(i -> i.getString("reference").equals(reference)).singleElement().satisfies(i -> {
      assertThat(i.getString("deadlineStatus")).isEqualTo("PENDING");
      assertThat(i.getJsonObject("deadlines").getInt("pending")).isEqualTo(previewDeadlines.size());
      assertThat(i.getJsonObject("deadlines").getInt("missed")).isZero();
      assertThat(i.get("closedAt")).isEqualTo(JsonValue.NULL);
    });
    assertThat(listed.stream().map(i -> Instant.parse(i.getString("reportedAt"))).toList())
        .as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void aFalseAlarmIsClosedByItsTriage() {
    String reference = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "%s"}""".formatted(LocalDate.now(ZoneOffset.UTC), DESCRIPTION)).json().getString("reference");
    tasks.complete("it-responder", reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "FALSE_ALARM"}, "triageReason": {"value": "The backup job's upload"}}""");

    JsonObject timeline = auditor.get("api/breach/incidents/" + reference + "/timeline").json();
    assertThat(timeline.getString("phase")).isEqualTo("CLOSED");
    assertThat(timeline.getString("closedBy")).isEqualTo("it-responder");
    assertThat(objects(timeline, "phases")).extracting(p -> p.getString("phase")).containsExactly("IDENTIFY", "CLOSED");
    assertThat(objects(timeline, "deadlines")).isEmpty();
    assertThat(objects(auditor.get("api/breach/audit/incidents").json(), "incidents"))
        .filteredOn(i -> i.getString("reference").equals(reference)).singleElement().satisfies(i -> {
          assertThat(i.getString("deadlineStatus")).isEqualTo("NONE");
          assertThat(i.getString("closedAt")).isEqualTo(timeline.getString("closedAt"));
        });
  }

  @Test
  void onlyTheAuditingRolesReadTimelinesAndAnUnknownIncidentIsNotFound() {
    String reference = tasks.scopedIncident("fd-pc-01", "");
    for (String user : List.of("front-desk", "it-responder")) {
      ApiClient client = new ApiClient(base, user);
      assertThat(client.get("api/breach/incidents/" + reference + "/timeline").status()).as(user).isEqualTo(403);
      assertThat(client.get("api/breach/audit/incidents").status()).as(user).isEqualTo(403);
    }
    for (String user : List.of("practice-owner", "privacy-officer", "demo")) {
      assertThat(new ApiClient(base, user).get("api/breach/incidents/" + reference + "/timeline").status())
          .as(user).isEqualTo(200);
    }
    ApiClient.Response unknown = auditor.get("api/breach/incidents/BR-1999-9999/timeline");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body()).contains("BR-1999-9999");
  }

  private void assertCsvHasEveryEvent(String reference, int events) throws IOException {
    ApiClient.Response csv = auditor.get("api/breach/incidents/" + reference + "/timeline.csv", "text/csv");
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
    assertThat(csv.body()).startsWith("at,kind,title,actor,detail,practice\r\n").doesNotContain(PATIENT).doesNotContain(DESCRIPTION);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
    assertThat(rows).as("the header and one row per event").hasSize(events + 1);
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + " " + r.get(2))
        .contains("DECISION Triage: CONFIRMED", "RECORD REPORTED");
  }

  private void assertPdfReportsIt(String reference, int deadlines) throws IOException {
    ApiClient.Download pdf = auditor.download("api/breach/incidents/" + reference + "/timeline.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Breach response timeline: " + reference, "Incident summary", "Phases",
          "Notice deadlines", "Decisions", "Containment actions", "Escalations", "Task log", "Audit trail",
          "Triage: CONFIRMED. Rationale: EDR alert confirmed", "page 1 of " + document.getNumberOfPages())
          .doesNotContain(PATIENT).doesNotContain(DESCRIPTION);
      assertThat(text.split("PENDING · ", -1)).as("each deadline with its status").hasSize(deadlines + 1);
    }
  }

  private static void assertDoneBy(JsonObject timeline, String activityId, String claimedBy, String completedBy) {
    assertThat(objects(timeline, "tasks")).filteredOn(t -> t.getString("activityId").equals(activityId))
        .as(activityId).singleElement().satisfies(t -> {
          assertThat(t.getString("claimedBy")).isEqualTo(claimedBy);
          assertThat(t.getString("completedBy")).isEqualTo(completedBy);
          assertThat(t.getString("state")).isEqualTo("COMPLETED");
          Instant created = Instant.parse(t.getString("createdAt"));
          Instant claimed = Instant.parse(t.getString("claimedAt"));
          Instant completed = Instant.parse(t.getString("completedAt"));
          assertThat(claimed).isBetween(created, completed);
        });
  }

  private static List<JsonObject> objects(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonObject.class);
  }
}
