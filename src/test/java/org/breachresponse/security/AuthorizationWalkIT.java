package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.ApiClient;
import org.breachresponse.ApiEndpoint;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.WebAppSession;
import org.junit.jupiter.api.Test;

/**
 * Walks the matrix of {@code docs/authorization.md} on the running server: every endpoint of our API (found by
 * reflection) and every engine REST call the document lists, as anonymous and as each role, and collects every
 * answer that differs from the document's cell: an allow the document does not give, or a refusal of what it
 * gives. Our API is walked on an incident the front desk reported. In the engine each caller works on an
 * incident of its own, reported by an IT responder (not by the front desk, which may read only its own) and
 * waiting at Confirm the breach, so one caller's writes (claim, submit, delete) do not change what the next
 * one meets.
 */
class AuthorizationWalkIT extends InServerTest {

  /** Engine queries that answer every signed-in caller; the document's ✓ says they may ask, not what they see. */
  private static final Set<String> ANSWER_EVERYONE = Set.of("GET /job", "GET /incident");

  private final AuthorizationMatrix matrix = AuthorizationMatrix.read();

  @Test
  void ourApiAllowsEachCallerExactlyWhatTheMatrixSays() {
    Map<String, Map<String, Boolean>> lines = matrix.table("Our API");
    String reference = report(Roles.FRONT_DESK);
    List<String> differences = new ArrayList<>();
    for (String caller : AuthorizationMatrix.CALLERS) {
      ApiClient client = client(caller);
      for (ApiEndpoint endpoint : ApiEndpoint.all()) {
        Map<String, Boolean> line = lines.get(endpoint.toString());
        if (line == null) {
          differences.add(endpoint + ": no line in " + AuthorizationMatrix.DOCUMENT);
          continue;
        }
        String path = "api/breach" + endpoint.filled(reference);
        ApiClient.Response answer = "GET".equals(endpoint.method()) ? client.get(path, endpoint.accept())
            : client.send(endpoint.method(), path, endpoint.contentType(), endpoint.plausibleBody());
        compare(differences, caller, endpoint.toString(), line.get(caller), answer, refused(answer));
      }
    }
    assertThat(differences).as("answers of our API that differ from the matrix").isEmpty();
  }

  @Test
  void theEngineAllowsEachCallerExactlyWhatTheMatrixSays() {
    Map<String, Map<String, Boolean>> lines = matrix.table("Engine REST API");
    List<String> differences = new ArrayList<>();
    for (String caller : AuthorizationMatrix.CALLERS) {
      EngineCalls calls = new EngineCalls(base, client(caller), userOf(caller), report(Roles.IT_RESPONDER));
      for (Map.Entry<String, Map<String, Boolean>> line : lines.entrySet()) {
        ApiClient.Response answer = calls.make(line.getKey());
        compare(differences, caller, line.getKey(), line.getValue().get(caller), answer,
            refusedByTheEngine(line.getKey(), answer));
      }
    }
    assertThat(differences).as("answers of the engine REST API that differ from the matrix").isEmpty();
  }

  @Test
  void eachRoleSignsIntoTheWebAppsTheMatrixGivesIt() {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Map<String, Boolean>> line : matrix.table("Web apps").entrySet()) {
      String app = line.getKey();
      for (String caller : AuthorizationMatrix.CALLERS) {
        String user = userOf(caller);
        ApiClient.Response answer = WebAppSession.trySignIn(base, user, caller.equals(AuthorizationMatrix.ANONYMOUS)
            ? "" : user, app);
        compare(differences, caller, "sign into " + app, line.getValue().get(caller), answer, refused(answer));
      }
      ApiClient.Response page = ApiClient.anonymous(base).get("app/" + app + "/", "text/html");
      assertThat(page.status() == 200 || page.location() != null && page.location().contains("/app/" + app + "/"))
          .as("%s's sign-in page for anonymous: %d %s", app, page.status(), page.location()).isTrue();
    }
    assertThat(ApiClient.anonymous(base).get("api/engine/engine/default/task/count").status())
        .as("the web apps' engine API without a session").isEqualTo(401);
    assertThat(differences).as("sign-ins that differ from the matrix").isEmpty();
  }

  private static void compare(List<String> differences, String caller, String call, boolean allowed,
      ApiClient.Response answer, boolean refused) {
    if (allowed && refused) {
      differences.add("%s as %s: refused (%d %s), the matrix allows it".formatted(call, caller, answer.status(),
          brief(answer)));
    } else if (!allowed && !refused) {
      differences.add("%s as %s: allowed (%d %s), the matrix refuses it".formatted(call, caller, answer.status(),
          brief(answer)));
    } else if (caller.equals(AuthorizationMatrix.ANONYMOUS) != (answer.status() == 401)) {
      differences.add("%s as %s: %d (%s); anonymous callers, and only they, get 401".formatted(call, caller,
          answer.status(), brief(answer)));
    }
    if (answer.status() >= 500) {
      differences.add("%s as %s: server error %d %s".formatted(call, caller, answer.status(), brief(answer)));
    }
  }

  private static boolean refused(ApiClient.Response answer) {
    return answer.status() == 401 || answer.status() == 403;
  }

  /**
   * The engine refuses with 403; a call on something the caller may not read answers 404 ("no task with that
   * id", "no matching decision definition": every target exists); a query answers 200 without the rows the
   * caller may not read, so it is refused when the target's rows are missing.
   */
  private static boolean refusedByTheEngine(String call, ApiClient.Response answer) {
    if (refused(answer) || answer.status() == 404) {
      return true;
    }
    if (!call.startsWith("GET ") || ANSWER_EVERYONE.contains(call)) {
      return false;
    }
    JsonValue json = answer.status() == 200 ? answer.structure() : null;
    return json instanceof JsonArray rows && rows.isEmpty();
  }

  private static String brief(ApiClient.Response answer) {
    String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
    return body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }

  private ApiClient client(String caller) {
    return caller.equals(AuthorizationMatrix.ANONYMOUS) ? ApiClient.anonymous(base)
        : new ApiClient(base, AuthorizationMatrix.USERS.get(caller));
  }

  private static String userOf(String caller) {
    return caller.equals(AuthorizationMatrix.ANONYMOUS) ? "anonymous" : AuthorizationMatrix.USERS.get(caller);
  }

  /** A breach just reported by {@code reporter}, waiting at Confirm the breach (the IT responder's). */
  private String report(String reporter) {
    ApiClient.Response reported = new ApiClient(base, reporter).post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"}""".formatted(LocalDate.now()));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String reference = reported.json().getString("reference");
    new EngineTasks(base).taskIds(reference, TASK_CONFIRM_BREACH);
    return reference;
  }
}
