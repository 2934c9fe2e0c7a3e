package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;

import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.breachresponse.ApiClient;
import org.breachresponse.ApiEndpoint;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.WebAppSession;
import org.breachresponse.api.BreachApiApplication;
import org.breachresponse.notification.notice.IndividualNoticesResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compliance auditor reads the whole response and changes nothing (minimum necessary: never the affected
 * individuals). Our API's write endpoints are found by reflection over the resource classes the deployed
 * application serves ({@link BreachApiApplication}), so a new endpoint is covered the day it is added; each
 * must answer 403 to the auditor with the incident, the incident count and the engine's history unchanged.
 * The engine's own APIs refuse the auditor's writes by Camunda authorization, and the reads an audit needs
 * answer 200. The incident is created through the API by the front desk, IT responder and privacy officer.
 */
class ComplianceAuditorAccessIT extends InServerTest {

  private static final String AUDITOR = "compliance-auditor";
  private static final List<Class<? extends Annotation>> WRITES = List.of(POST.class, PUT.class, DELETE.class, PATCH.class);
  /** POSTs that compute an answer and store nothing: the auditor may call them (they answer 200). */
  private static final Map<String, String> READS_BY_POST = Map.of("POST /obligations/preview", """
      {"discoveryDate": "%s", "entityType": "COVERED_ENTITY", "phiSecured": false, "residents": {"TX": 20}}"""
      .formatted(LocalDate.now(ZoneOffset.UTC).minusDays(3)));

  private ApiClient auditor;
  private ApiClient admin;
  private EngineTasks engine;
  private String reference;

  @BeforeEach
  void notifiableIncidentWaitingForItsNotificationPlan() {
    auditor = new ApiClient(base, AUDITOR);
    admin = new ApiClient(base, "demo");
    engine = new EngineTasks(base);
    reference = engine.notifiableIncident(LocalDate.now(ZoneOffset.UTC).minusDays(3), "TX 20");
    engine.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
  }

  @Test
  void everyWriteOfOurApiRefusesTheAuditorAndChangesNothing() {
    List<ApiEndpoint> writes = ApiEndpoint.matching(method -> WRITES.stream().anyMatch(method::isAnnotationPresent));
    assertThat(writes).as("write endpoints found by reflection").hasSizeGreaterThanOrEqualTo(6)
        .extracting(ApiEndpoint::toString).containsAll(READS_BY_POST.keySet())
        .contains("POST /incidents", "PUT /incidents/{reference}/individuals");
    Snapshot before = snapshot();

    for (ApiEndpoint write : writes) {
      String readBody = READS_BY_POST.get(write.toString());
      ApiClient.Response answer = auditor.send(write.method(), "api/breach" + write.filled(reference),
          write.contentType(), readBody != null ? readBody : write.plausibleBody());
      assertThat(answer.status()).as("%s as the compliance auditor: %s", write, answer.body())
          .isEqualTo(readBody != null ? 200 : 403);
    }

    assertThat(snapshot()).as("incident, incidents, engine history after the auditor's attempts").isEqualTo(before);
  }

  @Test
  void theAffectedIndividualsStayWithThePrivacyOfficer() {
    List<ApiEndpoint> reads = ApiEndpoint.matching(method -> method.isAnnotationPresent(GET.class)).stream()
        .filter(endpoint -> endpoint.resource() == IndividualNoticesResource.class).toList();
    assertThat(reads).extracting(ApiEndpoint::toString).contains("GET /incidents/{reference}/individuals",
        "GET /incidents/{reference}/individuals/letters.pdf");
    for (ApiEndpoint read : reads) {
      String path = "api/breach" + read.filled(reference);
      int status = read.template().endsWith(".pdf") ? auditor.download(path).status() : auditor.get(path).status();
      assertThat(status).as("%s as the compliance auditor", read).isEqualTo(403);
    }
    assertThat(new ApiClient(base, "privacy-officer").get("api/breach/incidents/" + reference + "/individuals").status())
        .as("the privacy officer reads the list").isEqualTo(200);
  }

  /**
   * Cockpit's engine API ({@code api/engine/...}) takes only the web apps' session: with a session and its CSRF
   * token the engine itself refuses (403, AuthorizationException); with HTTP Basic and no session the web apps'
   * security filter answers 401 before the engine is asked. The engine REST API for scripts ({@code engine-rest})
   * takes Basic and refuses the same writes with 403.
   */
  @Test
  void theEngineRefusesTheAuditorsWritesInCockpitAndThroughItsRestApi() {
    String taskId = engine.taskIds(reference, TASK_PLAN_NOTIFICATIONS).get(0);
    String instanceId = admin.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray()
        .getJsonObject(0).getString("id");
    Snapshot before = snapshot();
    WebAppSession cockpit = WebAppSession.signIn(base, AUDITOR, "cockpit");

    for (String api : List.of("api/engine/engine/default/", "engine-rest/")) {
      List<ApiClient.Response> answers = new ArrayList<>();
      if (api.startsWith("api/")) {
        answers.add(cockpit.post(api + "process-definition/key/breachResponse/start", "{}"));
        answers.add(cockpit.post(api + "process-definition/key/breachResponse/submit-form", "{\"variables\": {}}"));
        answers.add(cockpit.post(api + "task/" + taskId + "/claim", "{\"userId\": \"" + AUDITOR + "\"}"));
        answers.add(cockpit.post(api + "task/" + taskId + "/complete", "{\"variables\": {}}"));
        answers.add(cockpit.put(api + "process-instance/" + instanceId + "/variables/auditorWasHere",
            "{\"value\": \"yes\", \"type\": \"String\"}"));
        answers.add(cockpit.delete(api + "process-instance/" + instanceId));
      } else {
        answers.add(auditor.post(api + "process-definition/key/breachResponse/start", "{}"));
        answers.add(auditor.post(api + "process-definition/key/breachResponse/submit-form", "{\"variables\": {}}"));
        answers.add(auditor.post(api + "task/" + taskId + "/claim", "{\"userId\": \"" + AUDITOR + "\"}"));
        answers.add(auditor.post(api + "task/" + taskId + "/complete", "{\"variables\": {}}"));
        answers.add(auditor.put(api + "process-instance/" + instanceId + "/variables/auditorWasHere", "application/json",
            "{\"value\": \"yes\", \"type\": \"String\"}"));
        answers.add(auditor.delete(api + "process-instance/" + instanceId));
      }
      assertThat(answers).as("start, submit-form, claim, complete, set variable, delete instance at " + api)
          .allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(403));
    }
    ApiClient.Response withoutSession = auditor.post("api/engine/engine/default/task/" + taskId + "/claim",
        "{\"userId\": \"" + AUDITOR + "\"}");
    assertThat(withoutSession.status()).as("Basic at the web apps' engine API: no session, unauthenticated")
        .isEqualTo(401);

    assertThat(snapshot()).as("incident, incidents, engine history after the auditor's attempts").isEqualTo(before);
    assertThat(admin.get("engine-rest/task/" + taskId).json().isNull("assignee")).as("task still unclaimed").isTrue();
  }

  @Test
  void theAuditorReadsTheIncidentItsTimelineAndItsHistory() {
    String instanceId = admin.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray()
        .getJsonObject(0).getString("id");
    for (String read : List.of("api/breach/incidents/" + reference, "api/breach/incidents",
        "api/breach/audit/incidents", "api/breach/incidents/" + reference + "/timeline",
        "api/breach/hhs-annual-log?year=" + LocalDate.now(ZoneOffset.UTC).getYear())) {
      ApiClient.Response answer = auditor.get(read);
      assertThat(answer.status()).as("GET %s as the compliance auditor: %s", read, answer.body()).isEqualTo(200);
    }
    JsonObject incident = auditor.get("api/breach/incidents/" + reference).json();
    assertThat(incident.getJsonArray("auditTrail")).as("the audit trail").isNotEmpty();

    List<String> completedTasks = auditor.get("engine-rest/history/task?processInstanceId=" + instanceId
        + "&finished=true").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(task -> task.getString("taskDefinitionKey")).toList();
    assertThat(completedTasks).as("the task history through the engine REST API")
        .contains(TASK_CONFIRM_BREACH, TASK_SCOPE_BREACH, TASK_ASSESS_RISK);
    WebAppSession cockpit = WebAppSession.signIn(base, AUDITOR, "cockpit");
    ApiClient.Response history = cockpit.get("api/engine/engine/default/history/task?processInstanceId=" + instanceId);
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    assertThat(history.structure().asJsonArray()).as("the task history in Cockpit's engine API").hasSizeGreaterThan(3);
    ApiClient.Response open = cockpit.get("api/engine/engine/default/task?processInstanceId=" + instanceId);
    assertThat(open.structure().asJsonArray()).as("the open tasks Cockpit shows").isNotEmpty();
  }

  private Snapshot snapshot() {
    return new Snapshot(admin.get("api/breach/incidents/" + reference).body(),
        admin.get("api/breach/incidents?size=1").json().getJsonNumber("total").longValue(),
        count("engine-rest/process-instance/count"), count("engine-rest/history/task/count"),
        count("engine-rest/history/user-operation/count"), count("engine-rest/history/variable-instance/count"));
  }

  private long count(String path) {
    return admin.get(path).json().getJsonNumber("count").longValue();
  }

  /** What the auditor must not change: the incident as the API shows it (audit trail included) and the engine. */
  private record Snapshot(String incident, long incidents, long runningInstances, long historicTasks,
      long userOperations, long historicVariables) {
  }
}
