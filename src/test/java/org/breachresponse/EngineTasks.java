package org.breachresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Works tasks through the engine REST API exactly as the Tasklist does (claim, then submit the form's
 * variables), and brings an incident to a given step for tests that start there.
 */
public final class EngineTasks {

  /** How the engine REST API writes and reads times ({@code 2026-12-06T18:00:00.000+0000}). */
  public static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final URL base;

  public EngineTasks(URL base) {
    this.base = base;
  }

  /** The body of {@code PUT engine-rest/job/{id}/duedate} that makes a job (e.g. a timer) due at {@code due}. */
  public static String jobDueDate(Instant due) {
    return "{\"duedate\": \"" + ENGINE_TIME.format(due.atOffset(ZoneOffset.UTC)) + "\"}";
  }

  /** Claims and completes the oldest open task of that key as {@code userId}, whose password is their id. */
  public void complete(String userId, String reference, String taskKey, String variables) {
    ApiClient user = new ApiClient(base, userId);
    String taskId = taskIds(reference, taskKey).get(0);
    ApiClient.Response claimed = sentAgainOnConflict(
        () -> user.post("engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + userId + "\"}"));
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    ApiClient.Response submitted = sentAgainOnConflict(
        () -> user.post("engine-rest/task/" + taskId + "/submit-form", "{\"variables\": " + variables + "}"));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
  }

  /**
   * Sends the request again, a few times, while the server answers 503: it met a concurrent update of the same
   * process instance (e.g. the report's alert job finishing at that moment), kept nothing, and asks in its
   * Retry-After to be sent again, as every client of the engine REST API should.
   */
  public static ApiClient.Response sentAgainOnConflict(java.util.function.Supplier<ApiClient.Response> request) {
    ApiClient.Response answer = request.get();
    for (int attempt = 1; answer.status() == 503 && attempt < 6; attempt++) {
      try {
        Thread.sleep(300L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      answer = request.get();
    }
    return answer;
  }

  /** The open tasks of that key, oldest first; fails when there is none. */
  public List<String> taskIds(String reference, String taskKey) {
    JsonArray tasks = new ApiClient(base, "demo").get("engine-rest/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=" + taskKey + "&sortBy=created&sortOrder=asc").structure().asJsonArray();
    assertThat(tasks).as("open %s of %s", taskKey, reference).isNotEmpty();
    return tasks.getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).toList();
  }

  /** How many tasks of the incident are open, of any kind. */
  public int openTaskCount(String reference) {
    return new ApiClient(base, "demo").get("engine-rest/task?processInstanceBusinessKey=" + reference).structure()
        .asJsonArray().size();
  }

  /** Waits while the engine's jobs run until at least {@code count} tasks of that key are open; returns them. */
  public List<JsonObject> awaitTasks(String reference, String taskKey, int count) {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
    while (true) {
      List<JsonObject> tasks = new ApiClient(base, "demo").get("engine-rest/task?processInstanceBusinessKey=" + reference
          + "&taskDefinitionKey=" + taskKey + "&sortBy=created&sortOrder=asc").structure().asJsonArray()
          .getValuesAs(JsonObject.class);
      if (tasks.size() >= count) {
        return tasks;
      }
      assertThat(java.time.Instant.now()).as("%d open %s of %s; have %d", count, taskKey, reference, tasks.size())
          .isBefore(deadline);
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * A breach reported by the front desk, confirmed and scoped by the IT responder, now waiting at
   * {@code Approve containment}; {@code machines} and {@code accounts} one per line.
   */
  public String scopedIncident(String machines, String accounts) {
    String reference = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"}""".formatted(LocalDate.now()))
        .json().getString("reference");
    complete("it-responder", reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "EDR alert confirmed"}}""");
    complete("it-responder", reference, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "%s"}, "compromisedAccounts": {"value": "%s"},
         "dataNames": {"value": true}, "howItHappened": {"value": "Remote-support tool abused"},
         "affectedIndividualsByState": {"value": "TX 12"}, "dataEncryptedKeySafe": {"value": false}}"""
        .formatted(machines.replace("\n", "\\n"), accounts.replace("\n", "\\n")));
    return reference;
  }

  /**
   * A breach discovered on {@code discovered} with {@code residents} ("TX 300\\nFL 12"), scoped and assessed
   * by the privacy officer as a notifiable breach; the engine then derives its notices.
   */
  public String notifiableIncident(LocalDate discovered, String residents) {
    return notifiableIncident(discovered, residents, "EDR alert confirmed");
  }

  /** The same, confirmed by the IT responder with {@code triageReason} (no double quotes or backslashes). */
  public String notifiableIncident(LocalDate discovered, String residents, String triageReason) {
    return notifiableIncident(discovered, residents, triageReason, "The reception PC talks to an unknown server at night");
  }

  /** The same, reported with {@code description} (no double quotes or backslashes). */
  public String notifiableIncident(LocalDate discovered, String residents, String triageReason, String description) {
    String reference = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "%s"}""".formatted(discovered, description))
        .json().getString("reference");
    complete("it-responder", reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "%s"}}""".formatted(triageReason));
    complete("it-responder", reference, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "nt-pc-01"}, "compromisedAccounts": {"value": ""},
         "dataNames": {"value": true}, "dataAddresses": {"value": true}, "howItHappened": {"value": "Phishing e-mail"},
         "affectedIndividualsByState": {"value": "%s"}, "dataEncryptedKeySafe": {"value": false}}""".formatted(residents));
    complete("privacy-officer", reference, TASK_ASSESS_RISK, "{" + notifiableAssessment() + "}");
    return reference;
  }

  /**
   * The variables (without the enclosing braces, so that a caller can add more) of {@code Assess the risk} finding a
   * notifiable breach: no exception, every factor rated high.
   */
  public static String notifiableAssessment() {
    StringBuilder assessment = new StringBuilder("\"exceptionApplied\": {\"value\": \"NONE\"}");
    for (String factor : List.of("natureOfPhi", "unauthorizedPerson", "acquiredOrViewed", "mitigation")) {
      assessment.append(", \"").append(factor).append("Rating\": {\"value\": \"HIGH\"}, \"").append(factor)
          .append("Rationale\": {\"value\": \"Readable by the attacker\"}");
    }
    return assessment.append(", \"assessmentOutcome\": {\"value\": \"NOTIFIABLE_BREACH\"}")
        .append(", \"outcomeJustification\": {\"value\": \"Names and addresses were exfiltrated\"}").toString();
  }
}
