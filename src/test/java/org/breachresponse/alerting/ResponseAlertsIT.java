package org.breachresponse.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_ALERT_RESPONDERS;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.process.BreachResponseProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alerts in the provisioned server (issue 17), started the way staff start them: a practice owner adds the
 * practice's channels through our API (each kind pointing at a local stand-in that checks the vendor's request shape);
 * a report through our API then reaches the IT responders' inbox (GreenMail, where the server's mail session points)
 * and every channel within seconds, carrying neither patient data nor the description; confirming the breach resolves
 * the PagerDuty page; a channel that fails is retried and ends as an incident in Cockpit while the others go out; and
 * the early steps' tasks are due at the practice's targets.
 */
class ResponseAlertsIT extends InServerTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  private static final String PRACTICE = "api/breach/practices/practice";
  private static final String DESCRIPTION = "Ransom note on the reception PC; patient Jane Roe's chart was open";

  private WebhookStandIn standIn;
  private final List<String> channels = new ArrayList<>();

  @BeforeEach
  void startStandIn() throws Exception {
    standIn = new WebhookStandIn();
  }

  @AfterEach
  void removeChannels() {
    ApiClient owner = new ApiClient(base, "practice-owner");
    channels.forEach(id -> owner.delete(PRACTICE + "/alert-channels/" + id));
    owner.put(PRACTICE + "/response-targets", "application/json", "{}"); // defaults, no escalation contact
    standIn.close();
  }

  @Test
  void aReportAlertsTheRespondersByEmailAndEveryChannelWithinSecondsAndConfirmingResolvesThePage() throws Exception {
    addChannel("TEAMS", "Teams on-call", "\"url\": \"" + standIn.url("/teams/workflows/hook?sig=T0KEN") + "\"");
    addChannel("SLACK", "Slack #breach", "\"url\": \"" + standIn.url("/slack/services/T000/B000/XXXX") + "\"");
    addChannel("PAGERDUTY", "PagerDuty", "\"url\": \"" + standIn.url("/pagerduty/v2/enqueue") + "\", \"routingKey\": \""
        + WebhookStandIn.ROUTING_KEY + "\"");
    addChannel("SIGNED_JSON", "Provider PSA", "\"url\": \"" + standIn.url("/json/hooks/breach") + "\", \"secret\": \""
        + WebhookStandIn.HMAC_SECRET + "\"");

    JsonArray shown = new ApiClient(base, "it-responder").get(PRACTICE + "/alert-channels").structure().asJsonArray();
    assertThat(shown.toString()).contains("\"address\":\"http://127.0.0.1:")
        .doesNotContain("T0KEN", "XXXX", WebhookStandIn.ROUTING_KEY, WebhookStandIn.HMAC_SECRET, "/hooks/");

    Instant reportedAt = Instant.now();
    String reference = report();

    await("every channel and the e-mail", () -> delivered("teams", 1) && delivered("slack", 1)
        && delivered("pagerduty", 1) && delivered("json", 1) && alertMail(reference) != null);
    for (WebhookStandIn.Received request : standIn.all()) {
      assertThat(request.problem()).as(request.kind() + " " + request.body()).isEmpty();
      assertThat(request.body()).contains(reference).doesNotContain("Jane Roe", "ransom", "Ransom");
    }
    JsonObject trigger = standIn.received("pagerduty").get(0).json();
    assertThat(trigger.getString("event_action")).isEqualTo("trigger");
    assertThat(trigger.getString("dedup_key")).isEqualTo("breach-response/practice/" + reference + "/confirmBreach");
    assertThat(standIn.received("json").get(0).json().getString("event")).isEqualTo("breach.reported");

    MimeMessage mail = alertMail(reference);
    assertThat(mail.getAllRecipients()).extracting(Object::toString).contains("it-responder@practice.test");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("Bright Smiles").contains("Unusual network activity")
        .contains("/camunda/app/tasklist/default/#/?task=").doesNotContain("Jane Roe");

    // The task waits with its target as due date: an hour from the report.
    JsonObject task = confirmTask(reference);
    Instant due = OffsetDateTime.parse(task.getString("due"), EngineTasks.ENGINE_TIME).toInstant();
    assertThat(Duration.between(reportedAt, due)).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
    assertThat(body).contains("?task=" + task.getString("id"));

    new EngineTasks(base).complete("it-responder", reference, TASK_CONFIRM_BREACH,
        "{\"triageDecision\": {\"value\": \"CONFIRMED\"}, \"triageReason\": {\"value\": \"Files encrypted\"}}");
    await("the page resolved", () -> delivered("pagerduty", 2) && delivered("json", 2));
    JsonObject resolve = standIn.received("pagerduty").get(1).json();
    assertThat(resolve.getString("event_action")).isEqualTo("resolve");
    assertThat(resolve.getString("dedup_key")).isEqualTo(trigger.getString("dedup_key"));
    assertThat(standIn.received("json").get(1).json().getString("outcome")).isEqualTo("confirmed");
    // Teams and Slack were told once; the e-mail went out once (GreenMail keeps a copy per recipient).
    assertThat(standIn.received("teams")).hasSize(1);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(reference)))
        .hasSize(mail.getAllRecipients().length);
  }

  @Test
  void aChannelThatKeepsFailingEndsAsAnIncidentWhileTheOthersAndTheResponseGoOn() throws Exception {
    addChannel("TEAMS", "Broken Teams", "\"url\": \"" + standIn.url("/failing/hook") + "\"");
    String reference = report();
    ApiClient admin = new ApiClient(base, "demo");
    String instance = admin.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray()
        .getJsonObject(0).getString("id");

    await("the e-mail despite the broken channel", () -> alertMail(reference) != null);
    await("a failed attempt", () -> failedAlertJob(admin, instance) != null);
    JsonObject job = failedAlertJob(admin, instance);
    assertThat(job.getInt("retries")).as("five more tries after the first").isEqualTo(5);
    assertThat(job.getString("exceptionMessage")).contains("Broken Teams").contains("127.0.0.1").contains("500")
        .doesNotContain("/failing/hook");

    // The last retry (an hour and more away) made now: the failure becomes an incident in Cockpit.
    assertThat(admin.put("engine-rest/job/" + job.getString("id") + "/retries", "application/json",
        "{\"retries\": 1}").status()).isEqualTo(204);
    assertThat(admin.post("engine-rest/job/" + job.getString("id") + "/execute", "").status()).isEqualTo(500);
    JsonArray incidents = admin.get("engine-rest/incident?processInstanceId=" + instance).structure().asJsonArray();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.getJsonObject(0).getString("activityId")).isEqualTo(TASK_ALERT_RESPONDERS);
    assertThat(incidents.getJsonObject(0).getString("incidentMessage")).contains("Broken Teams");
    assertThat(confirmTask(reference)).isNotNull();

    // The provider page shows it beside the practice.
    JsonObject practice = new ApiClient(base, "it-responder").get("api/breach/provider/overview").json()
        .getJsonArray("practices").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("id").equals("practice")).findFirst().orElseThrow();
    assertThat(practice.getInt("failedAlerts")).isGreaterThanOrEqualTo(1);

    // Fixed (here: the broken channel removed) and retried from Cockpit: the incident is gone.
    new ApiClient(base, "practice-owner").delete(PRACTICE + "/alert-channels/" + channels.remove(0));
    assertThat(admin.put("engine-rest/job/" + job.getString("id") + "/retries", "application/json",
        "{\"retries\": 1}").status()).isEqualTo(204);
    assertThat(admin.post("engine-rest/job/" + job.getString("id") + "/execute", "").status()).isEqualTo(204);
    assertThat(admin.get("engine-rest/incident?processInstanceId=" + instance).structure().asJsonArray()).isEmpty();
  }

  @Test
  void aPractisesOwnTargetIsTheDueDateAndBadSettingsAreRefusedNamingTheField() throws Exception {
    ApiClient owner = new ApiClient(base, "practice-owner");
    ApiClient.Response changed = owner.put(PRACTICE + "/response-targets", "application/json",
        "{\"confirmBreach\": 30}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getJsonArray("targets").getJsonObject(0).getInt("minutes")).isEqualTo(30);
    Instant reportedAt = Instant.now();
    String reference = report();
    Instant due = OffsetDateTime.parse(confirmTask(reference).getString("due"), EngineTasks.ENGINE_TIME).toInstant();
    assertThat(Duration.between(reportedAt, due)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));

    ApiClient.Response tooShort = owner.put(PRACTICE + "/response-targets", "application/json", "{\"scopeBreach\": 1}");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.contentType()).startsWith("application/problem+json");
    assertThat(tooShort.body()).contains("scopeBreach");
    ApiClient.Response cleartext = owner.post(PRACTICE + "/alert-channels",
        "{\"kind\": \"SLACK\", \"name\": \"Slack\", \"url\": \"http://hooks.slack.com/services/x\"}");
    assertThat(cleartext.status()).isEqualTo(400);
    assertThat(cleartext.body()).contains("\"url\"");
    ApiClient.Response notTheirs = new ApiClient(base, "it-responder").post(PRACTICE + "/alert-channels",
        "{\"kind\": \"SLACK\", \"name\": \"Slack\", \"url\": \"https://hooks.slack.com/services/x\"}");
    assertThat(notTheirs.status()).isEqualTo(403);
  }

  @Test
  void aStepPastItsTargetAlertsTheOwnerAndTheProvidersContactAndGivesTheOwnerATask() throws Exception {
    ApiClient owner = new ApiClient(base, "practice-owner");
    assertThat(owner.put(PRACTICE + "/response-targets", "application/json",
        "{\"escalationEmail\": \"noc@provider.test\"}").status()).isEqualTo(200);
    addChannel("PAGERDUTY", "PagerDuty", "\"url\": \"" + standIn.url("/pagerduty/v2/enqueue") + "\", \"routingKey\": \""
        + WebhookStandIn.ROUTING_KEY + "\"");
    String reference = report();
    await("the first page", () -> delivered("pagerduty", 1));
    ApiClient admin = new ApiClient(base, "demo");
    String instance = admin.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray()
        .getJsonObject(0).getString("id");
    new ApiClient(base, "it-responder").post("engine-rest/task/" + confirmTask(reference).getString("id") + "/claim",
        "{\"userId\": \"it-responder\"}");

    // The target passes (its timer made due now, as an administrator can through the engine REST API).
    JsonObject timer = admin.get("engine-rest/job?processInstanceId=" + instance + "&activityId="
        + BreachResponseProcess.TIMER_CONFIRM_BREACH_TARGET).structure().asJsonArray().getJsonObject(0);
    assertThat(admin.put("engine-rest/job/" + timer.getString("id") + "/duedate", "application/json",
        EngineTasks.jobDueDate(Instant.now().minusSeconds(1))).status()).isEqualTo(204);

    List<JsonObject> overdue = new EngineTasks(base).awaitTasks(reference,
        BreachResponseProcess.TASK_HANDLE_OVERDUE_RESPONSE, 1);
    assertThat(overdue.get(0).getString("name")).isEqualTo("Overdue response step: Confirm the breach (" + reference + ")");
    await("the late alert", () -> lateMail(reference) != null && delivered("pagerduty", 2));
    MimeMessage late = lateMail(reference);
    assertThat(late.getAllRecipients()).extracting(Object::toString)
        .contains("it-responder@practice.test", "practice-owner@practice.test", "noc@provider.test");
    assertThat(late.getSubject()).contains("claimed by it-responder");
    JsonObject page = standIn.received("pagerduty").get(1).json();
    assertThat(page.getString("event_action")).isEqualTo("trigger");
    assertThat(page.getString("dedup_key")).as("the same page, not a second one")
        .isEqualTo(standIn.received("pagerduty").get(0).json().getString("dedup_key"));
    assertThat(confirmTask(reference)).isNotNull();

    new EngineTasks(base).complete("practice-owner", reference, BreachResponseProcess.TASK_HANDLE_OVERDUE_RESPONSE,
        "{\"ownerAction\": {\"value\": \"Phoned the responder, who is on it now\"}}");
    JsonArray trail = new ApiClient(base, "compliance-auditor").get("api/breach/incidents/" + reference + "/timeline")
        .json().getJsonArray("events");
    assertThat(trail.toString()).contains("Phoned the responder").contains("passed its target");
  }

  private static MimeMessage lateMail(String reference) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Target missed")
        && subject(m).contains(reference)).findFirst().orElse(null);
  }

  private void addChannel(String kind, String name, String fields) {
    ApiClient.Response added = new ApiClient(base, "practice-owner").post(PRACTICE + "/alert-channels",
        "{\"kind\": \"" + kind + "\", \"name\": \"" + name + "\", " + fields + "}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    channels.add(added.json().getString("id"));
  }

  private String report() {
    ApiClient.Response reported = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"practice": "practice", "reportedBy": "Maria, reception", "discoveryDate": "%s",
         "signs": ["UNUSUAL_NETWORK_ACTIVITY"], "description": "%s"}"""
        .formatted(LocalDate.now(ZoneOffset.UTC), DESCRIPTION));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    return reported.json().getString("reference");
  }

  private JsonObject confirmTask(String reference) {
    JsonArray tasks = new ApiClient(base, "demo").get("engine-rest/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=" + TASK_CONFIRM_BREACH).structure().asJsonArray();
    assertThat(tasks).hasSize(1);
    return tasks.getJsonObject(0);
  }

  private static JsonObject failedAlertJob(ApiClient admin, String instance) {
    JsonArray jobs = admin.get("engine-rest/job?processInstanceId=" + instance + "&activityId=" + TASK_ALERT_RESPONDERS
        + "&withException=true").structure().asJsonArray();
    return jobs.isEmpty() ? null : jobs.getJsonObject(0);
  }

  private boolean delivered(String kind, int count) {
    return standIn.received(kind).size() >= count;
  }

  private static MimeMessage alertMail(String reference) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains("Suspected breach " + reference))
        .findFirst().orElse(null);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void await(String what, BooleanSupplier done) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (!done.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for %s; received %s", what, standIn.all()).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
