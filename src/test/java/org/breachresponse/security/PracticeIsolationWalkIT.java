package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.breachresponse.ApiClient;
import org.breachresponse.ApiEndpoint;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The practice dimension of {@code docs/authorization.md} ("Between practices"): practice A is the first
 * practice, whose staff are the development users; practice B (Molar Bay) is added here with a staff user per
 * role and an incident driven to its notices, so it has tasks, variables, history, timer jobs, a decision
 * evaluation, affected individuals and their letters, a timeline and a worksheet. Each role of A then calls
 * every endpoint of our API and the engine REST API on B's objects: nothing is read or changed, and each
 * refusal answers exactly as the same call on an id that does not exist (status and body, the id aside), so
 * it does not tell that B's object exists. B's own staff are the positive control.
 */
class PracticeIsolationWalkIT extends InServerTest {

  private static final String SEED = "practice-seed";
  private static final String B = "molar-bay";
  private static final String B_NAME = "Molar Bay Dental";
  private static final String UNKNOWN_REFERENCE = "BR-1999-0001";
  private static final String REST = "engine-rest/";
  /** A's staff by column: the development users of the first practice. */
  private static final List<String> A_COLUMNS = List.of("FD", "IT", "PO", "OW", "CA");

  private static Target b;

  @ArquillianResource
  @OperateOnDeployment(SEED)
  private URL seedBase;

  @Deployment(name = SEED, testable = false)
  static WebArchive seed() {
    return ShrinkWrap.create(WebArchive.class, SEED + ".war").addClass(PracticeSeedServlet.class);
  }

  /** B's objects: its incident's reference, process instance, an open task, a job, a decision, an individual. */
  private record Target(String reference, String instance, String task, String job, String decision, String individual) {
  }

  @Test
  void practiceAsStaffReachNothingOfPracticeBThroughOurApi() {
    Target target = practiceB();
    List<String> differences = new ArrayList<>();
    for (String column : A_COLUMNS) {
      ApiClient caller = new ApiClient(base, AuthorizationMatrix.USERS.get(column));
      for (ApiEndpoint endpoint : ApiEndpoint.all()) {
        String call = endpoint + " as " + column + " of A";
        if (endpoint.template().contains("{reference}")) {
          ApiClient.Response answer = call(caller, endpoint, path(endpoint, target.reference(), target));
          ApiClient.Response unknown = call(caller, endpoint, path(endpoint, UNKNOWN_REFERENCE, target));
          sameAsUnknown(differences, call, answer, target.reference(), unknown, UNKNOWN_REFERENCE);
        } else if (endpoint.toString().equals("POST /incidents")) {
          sameAsUnknown(differences, call, caller.post("api/breach/incidents", report(B)), B,
              caller.post("api/breach/incidents", report("no-such-practice")), "no-such-practice");
        } else {
          // the annual log of the year B's incident was discovered in: without a year it answers 400 and shows nothing
          String query = endpoint.template().equals("/hhs-annual-log") ? "?year=" + LocalDate.now().minusDays(1).getYear() : "";
          ApiClient.Response answer = call(caller, endpoint, "api/breach" + endpoint.filled(target.reference()) + query);
          tellsNothingOfB(differences, call, answer, target);
        }
      }
    }
    assertThat(differences).as("answers of our API that reach practice B").isEmpty();
  }

  @Test
  void practiceAsStaffReachNothingOfPracticeBThroughTheEngine() {
    Target target = practiceB();
    List<String> differences = new ArrayList<>();
    for (String column : A_COLUMNS) {
      String user = AuthorizationMatrix.USERS.get(column);
      ApiClient caller = new ApiClient(base, user);
      for (String call : ENGINE_CALLS) {
        String random = UUID.randomUUID().toString();
        Target nothing = new Target(UNKNOWN_REFERENCE, random, random, random, random, random);
        ApiClient.Response answer = engine(caller, user, call, target);
        ApiClient.Response unknown = engine(caller, user, call, nothing);
        String what = call + " as " + column + " of A";
        if (call.startsWith("GET ") && call.contains("?")) {
          if (answer.status() != 200 || !answer.structure().equals(unknown.structure())) {
            differences.add("%s: %d %s, for an unknown id %d %s".formatted(what, answer.status(), brief(answer),
                unknown.status(), brief(unknown)));
          }
        } else if (!call.startsWith("GET ") && unknown.status() / 100 == 2) {
          // Camunda suspends an unknown process instance as a no-op: the refusal cannot look like that
          if (answer.status() != 404) {
            differences.add("%s: %d %s".formatted(what, answer.status(), brief(answer)));
          }
        } else {
          sameAsUnknown(differences, what, answer, target, unknown, nothing);
        }
      }
      for (String query : SHARED_QUERIES) {
        tellsNothingOfB(differences, query + " as " + column + " of A", caller.get(REST + query), target);
      }
    }
    assertThat(differences).as("answers of the engine REST API that reach practice B").isEmpty();
  }

  @Test
  void practiceBsStaffDoWhatTheMatrixGivesThemOnTheirOwnIncident() {
    Target target = practiceB();
    Map<String, Map<String, Boolean>> api = AuthorizationMatrix.read().table("Our API");
    List<String> differences = new ArrayList<>();
    for (String column : A_COLUMNS) {
      ApiClient caller = new ApiClient(base, staffOfB(column));
      for (ApiEndpoint endpoint : ApiEndpoint.all()) {
        if (!"GET".equals(endpoint.method()) || !api.get(endpoint.toString()).get(column)) {
          continue;
        }
        ApiClient.Response answer = caller.get(path(endpoint, target.reference(), target), endpoint.accept());
        // past authentication, role and practice: not 401, 403 or the 404 of an incident it may not see (a
        // review report answers 404 until the review is done)
        boolean reached = answer.status() != 401 && answer.status() != 403
            && !(answer.status() == 404 && answer.body().contains("No incident with reference"));
        if (!reached) {
          differences.add("%s as %s of B: %d %s".formatted(endpoint, column, answer.status(), brief(answer)));
        }
      }
    }
    ApiClient owner = new ApiClient(base, staffOfB("OW"));
    assertThat(owner.get("api/breach/incidents").body()).as("B's owner lists B's incident").contains(target.reference());
    assertThat(owner.get("api/breach/audit/incidents").body()).contains(target.reference());
    ApiClient itOfB = new ApiClient(base, staffOfB("IT"));
    assertThat(itOfB.get(REST + "process-instance/" + target.instance()).status()).isEqualTo(200);
    assertThat(itOfB.get(REST + "process-instance/" + target.instance() + "/variables").status()).isEqualTo(200);
    ApiClient auditorOfB = new ApiClient(base, staffOfB("CA"));
    assertThat(auditorOfB.get(REST + "history/process-instance?processInstanceBusinessKey=" + target.reference())
        .structure().asJsonArray()).hasSize(1);
    assertThat(auditorOfB.get(REST + "history/decision-instance?tenantIdIn=" + B).structure().asJsonArray())
        .extracting(row -> row.asJsonObject().getString("id")).contains(target.decision());
    ApiClient officerOfB = new ApiClient(base, staffOfB("PO"));
    assertThat(officerOfB.get(REST + "task/" + target.task()).status()).isEqualTo(200);
    assertThat(differences).as("B's staff refused on B's incident where the matrix allows").isEmpty();
  }

  @Test
  void practiceAsAuditCheckDoesNotTellHowMuchPracticeBDid() {
    practiceB();
    ApiClient auditorOfA = new ApiClient(base, AuthorizationMatrix.USERS.get("CA"));
    long before = auditorOfA.get("api/breach/audit/verify").json().getJsonNumber("entriesChecked").longValue();
    ApiClient.Response reported = new ApiClient(base, staffOfB("FD")).post("api/breach/incidents", """
        {"reportedBy": "Front desk of Molar Bay", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "A second report, audited in B"}""".formatted(LocalDate.now()));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);

    long after = auditorOfA.get("api/breach/audit/verify").json().getJsonNumber("entriesChecked").longValue();
    assertThat(after).as("entries A's auditor checks, after B's front desk reported an incident of B")
        .isEqualTo(before);
  }

  // The engine calls //////////////////////////////////////////////////////////////////////////////

  /** Calls on B's objects; a query ({@code GET ...?}) must answer exactly as for an unknown id. */
  private static final List<String> ENGINE_CALLS = List.of(
      "GET /process-instance?businessKey={reference}",
      "GET /process-instance/{instance}",
      "GET /process-instance/{instance}/variables",
      "GET /execution?processInstanceId={instance}",
      "GET /variable-instance?processInstanceIdIn={instance}",
      "GET /task?processInstanceBusinessKey={reference}",
      "GET /task/{task}",
      "GET /task/{task}/variables",
      "GET /task/{task}/form-variables",
      "GET /task/{task}/identity-links",
      "GET /job?processInstanceId={instance}",
      "GET /job/{job}",
      "GET /history/process-instance?processInstanceBusinessKey={reference}",
      "GET /history/process-instance/{instance}",
      "GET /history/task?processInstanceBusinessKey={reference}",
      "GET /history/activity-instance?processInstanceId={instance}",
      "GET /history/variable-instance?processInstanceId={instance}",
      "GET /history/detail?processInstanceId={instance}",
      "GET /history/user-operation?processInstanceId={instance}",
      "GET /history/decision-instance?decisionInstanceId={decision}",
      "GET /history/decision-instance/{decision}",
      "POST /task/{task}/claim",
      "POST /task/{task}/assignee",
      "POST /task/{task}/submit-form",
      "POST /task/{task}/complete",
      "POST /task/{task}/comment/create",
      "PUT /process-instance/{instance}/variables/walk",
      "PUT /process-instance/{instance}/suspended",
      "DELETE /process-instance/{instance}",
      "POST /job/{job}/execute",
      "PUT /job/{job}/retries",
      "PUT /job/{job}/duedate",
      "POST /process-definition/key/breachResponse/submit-form",
      "PUT /tenant/{practice}/user-members/{user}");

  /** Queries over what every practice shares or over every practice: none may show B's rows. */
  private static final List<String> SHARED_QUERIES = List.of("job?maxResults=1000", "incident",
      "history/decision-instance?decisionDefinitionKey=hipaaObligations&maxResults=1000",
      "history/process-instance?maxResults=1000", "task?maxResults=1000", "tenant", "history/user-operation?maxResults=1000");

  private static ApiClient.Response engine(ApiClient caller, String user, String call, Target on) {
    String practice = on.reference().equals(UNKNOWN_REFERENCE) ? "no-such-practice" : B;
    String path = REST + call.substring(call.indexOf(' ') + 2).replace("{reference}", on.reference())
        .replace("{instance}", on.instance()).replace("{task}", on.task()).replace("{job}", on.job())
        .replace("{decision}", on.decision()).replace("{practice}", practice).replace("{user}", user);
    String method = call.substring(0, call.indexOf(' '));
    return switch (method) {
      case "GET" -> caller.get(path);
      case "DELETE" -> caller.delete(path);
      case "PUT" -> caller.put(path, "application/json", switch (call) {
        case "PUT /process-instance/{instance}/suspended" -> "{\"suspended\": true}";
        case "PUT /job/{job}/retries" -> "{\"retries\": 0}";
        case "PUT /job/{job}/duedate" -> "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}";
        case "PUT /tenant/{practice}/user-members/{user}" -> "";
        default -> "{\"value\": \"walk\", \"type\": \"String\"}";
      });
      default -> caller.post(path, switch (call) {
        case "POST /task/{task}/claim", "POST /task/{task}/assignee" -> "{\"userId\": \"" + user + "\"}";
        case "POST /task/{task}/comment/create" -> "{\"message\": \"walk\"}";
        case "POST /process-definition/key/breachResponse/submit-form" -> """
            {"variables": {"practice": {"value": "%s"}, "reportedBy": {"value": "Walk"}, "discoveryDate": {"value": "%s"},
             "signUnusualNetworkActivity": {"value": true}, "description": {"value": "Reported through the engine"}}}"""
            .formatted(practice, LocalDate.now());
        default -> "{\"variables\": {}}";
      });
    };
  }

  // Comparing /////////////////////////////////////////////////////////////////////////////////////

  private static void sameAsUnknown(List<String> differences, String call, ApiClient.Response answer, Target target,
      ApiClient.Response unknown, Target nothing) {
    String seen = anonymised(answer.body(), target);
    String expected = anonymised(unknown.body(), nothing);
    record(differences, call, answer, unknown, seen, expected);
  }

  private static void sameAsUnknown(List<String> differences, String call, ApiClient.Response answer, String id,
      ApiClient.Response unknown, String unknownId) {
    record(differences, call, answer, unknown, answer.body().replace(id, "{id}"), unknown.body().replace(unknownId, "{id}"));
  }

  private static void record(List<String> differences, String call, ApiClient.Response answer,
      ApiClient.Response unknown, String seen, String expected) {
    if (answer.status() / 100 == 2) {
      differences.add("%s: SUCCEEDED %d %s".formatted(call, answer.status(), brief(answer)));
    } else if (answer.status() != unknown.status() || !seen.equals(expected)) {
      differences.add("%s: %d %s, but for an unknown id %d %s".formatted(call, answer.status(), brief(answer),
          unknown.status(), brief(unknown)));
    }
  }

  private static String anonymised(String body, Target on) {
    String text = body == null ? "" : body;
    for (String id : List.of(on.reference(), on.instance(), on.task(), on.job(), on.decision())) {
      text = text.replace(id, "{id}");
    }
    return text.replace(B, "{practice}").replace("no-such-practice", "{practice}");
  }

  private static void tellsNothingOfB(List<String> differences, String call, ApiClient.Response answer, Target b) {
    String body = answer.body() == null ? "" : answer.body();
    for (String secret : List.of(b.reference(), b.instance(), b.task(), b.job(), b.decision(), B_NAME, B)) {
      if (body.contains(secret)) {
        differences.add("%s: shows %s of practice B (%d %s)".formatted(call, secret, answer.status(), brief(answer)));
        return;
      }
    }
  }

  private static ApiClient.Response call(ApiClient caller, ApiEndpoint endpoint, String path) {
    return "GET".equals(endpoint.method()) ? caller.get(path, endpoint.accept())
        : caller.send(endpoint.method(), path, endpoint.contentType(), endpoint.plausibleBody());
  }

  /** The endpoint's path on {@code reference}, with B's individual as individual; other ids 1. */
  private static String path(ApiEndpoint endpoint, String reference, Target target) {
    return "api/breach" + endpoint.filled(reference).replace("/individuals/1/", "/individuals/" + target.individual() + "/");
  }

  private static String brief(ApiClient.Response answer) {
    String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  private static String report(String practice) {
    return """
        {"practice": "%s", "reportedBy": "Walk", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "Reported for another practice"}""".formatted(practice, LocalDate.now());
  }

  // Practice B ////////////////////////////////////////////////////////////////////////////////////

  private static String staffOfB(String column) {
    return "mb-" + AuthorizationMatrix.USERS.get(column);
  }

  /** Practice B, its staff and its incident, made once for the class. */
  private synchronized Target practiceB() {
    if (b == null) {
      b = createPracticeB();
    }
    return b;
  }

  private Target createPracticeB() {
    ApiClient seeder = ApiClient.anonymous(seedBase);
    ApiClient.Response seeded = seeder.send("POST", "practices?id=" + B + "&name=Molar%20Bay%20Dental&zone=America/New_York",
        "text/plain", "");
    assertThat(seeded.status()).as(seeded.body()).isEqualTo(204);
    ApiClient demo = new ApiClient(base, "demo");
    ApiClient.Response tenant = demo.post(REST + "tenant/create", "{\"id\": \"" + B + "\", \"name\": \"" + B_NAME + "\"}");
    assertThat(tenant.status()).as(tenant.body()).isIn(204, 400, 500);
    for (String column : A_COLUMNS) {
      String user = staffOfB(column);
      demo.post(REST + "user/create", """
          {"profile": {"id": "%s", "firstName": "Molar", "lastName": "Bay", "email": "%s@molarbay.test"},
           "credentials": {"password": "%s"}}""".formatted(user, user, user));
      assertThat(demo.put(REST + "group/" + AuthorizationMatrix.USERS.get(column) + "/members/" + user,
          "application/json", "").status()).isEqualTo(204);
      assertThat(demo.put(REST + "tenant/" + B + "/user-members/" + user, "application/json", "").status())
          .isEqualTo(204);
    }
    EngineTasks tasks = new EngineTasks(base);
    ApiClient.Response reported = new ApiClient(base, staffOfB("FD")).post("api/breach/incidents", """
        {"reportedBy": "Front desk of Molar Bay", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The scheduling PC sends data to an unknown server"}""".formatted(LocalDate.now().minusDays(1)));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    assertThat(reported.json().getJsonObject("practice").getString("id")).isEqualTo(B);
    String reference = reported.json().getString("reference");
    tasks.awaitTasks(reference, TASK_CONFIRM_BREACH, 1);
    tasks.complete(staffOfB("IT"), reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "EDR alert confirmed"}}""");
    tasks.complete(staffOfB("IT"), reference, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "mb-pc-01"}, "compromisedAccounts": {"value": ""},
         "dataNames": {"value": true}, "dataAddresses": {"value": true}, "howItHappened": {"value": "Phishing e-mail"},
         "affectedIndividualsByState": {"value": "FL 2"}, "dataEncryptedKeySafe": {"value": false}}""");
    StringBuilder assessment = new StringBuilder("{\"exceptionApplied\": {\"value\": \"NONE\"}");
    for (String factor : List.of("natureOfPhi", "unauthorizedPerson", "acquiredOrViewed", "mitigation")) {
      assessment.append(", \"").append(factor).append("Rating\": {\"value\": \"HIGH\"}, \"").append(factor)
          .append("Rationale\": {\"value\": \"Readable by the attacker\"}");
    }
    assessment.append(", \"assessmentOutcome\": {\"value\": \"NOTIFIABLE_BREACH\"}")
        .append(", \"outcomeJustification\": {\"value\": \"Names and addresses were exfiltrated\"}}");
    tasks.complete(staffOfB("PO"), reference, TASK_ASSESS_RISK, assessment.toString());
    tasks.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    tasks.complete(staffOfB("PO"), reference, TASK_PLAN_NOTIFICATIONS, """
        {"letterWhatHappened": {"value": "Someone read patient records on our scheduling computer."},
         "letterWhatWeAreDoing": {"value": "We took the computer off the network and changed every password."},
         "lawEnforcementReport": {"value": "NONE"}}""");
    String task = tasks.awaitTasks(reference, TASK_SEND_NOTICE, 1).get(0).getString("id");
    ApiClient officer = new ApiClient(base, staffOfB("PO"));
    ApiClient.Response imported = officer.put("api/breach/incidents/" + reference + "/individuals", "text/csv", """
        name,postal_address,state,email,email_consent
        Rosa Díaz,"9 Palm Ave
        Tampa, FL 33602",FL,,no
        Sam Lee,"3 Bay St
        Tampa, FL 33602",FL,,no
        """);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    String individual = String.valueOf(officer.get("api/breach/incidents/" + reference + "/individuals").json()
        .getJsonArray("individuals").getJsonObject(0).getJsonNumber("id").longValue());
    String instance = demo.get(REST + "process-instance?businessKey=" + reference).structure().asJsonArray()
        .getJsonObject(0).getString("id");
    JsonArray jobs = demo.get(REST + "job?processInstanceId=" + instance).structure().asJsonArray();
    assertThat(jobs).as("B's incident has jobs (its notices' timers)").isNotEmpty();
    JsonArray decisions = demo.get(REST + "history/decision-instance?tenantIdIn=" + B).structure().asJsonArray();
    assertThat(decisions).as("B's decision evaluations carry B's tenant").isNotEmpty();
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("job", ((JsonObject) jobs.get(0)).getString("id"));
    ids.put("decision", ((JsonObject) decisions.get(0)).getString("id"));
    return new Target(reference, instance, task, ids.get("job"), ids.get("decision"), individual);
  }
}
