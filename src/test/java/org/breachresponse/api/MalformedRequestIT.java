package org.breachresponse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.api.MalformedRequests.MalformedRequest;
import org.junit.jupiter.api.Test;

/**
 * Hostile and bad input changes nothing: each request of {@link MalformedRequests} (wrong types, missing fields,
 * huge and deeply nested bodies, impossible dates, unknown codes, injection strings, broken Unicode, wrong
 * content types), sent by a user whose role may call the endpoint, is answered with a 4xx problem document that
 * names the field at fault and shows no stack trace or class name; afterwards the incident, its affected
 * individuals, the incident count and the engine's history are as before.
 */
class MalformedRequestIT extends InServerTest {

  /** A stack trace line, an exception's name or a class of the server's in the answer. */
  private static final Pattern INTERNALS = Pattern.compile(
      "Exception|\\bat [a-z]+\\.[a-z]+\\.|(org\\.(jboss|hibernate|camunda|breachresponse|h2)|com\\.fasterxml|java\\.(lang|io|util|time)|jakarta\\.)\\.?");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void everyMalformedRequestIsRefusedNamingItsFieldAndChangesNothing() {
    EngineTasks engine = new EngineTasks(base);
    String reference = engine.notifiableIncident(LocalDate.now(ZoneOffset.UTC).minusDays(3), "TX 20");
    engine.awaitTasks(reference, TASK_PLAN_NOTIFICATIONS, 1);
    List<MalformedRequest> corpus = MalformedRequests.all();
    assertThat(corpus).as("the corpus").hasSizeGreaterThanOrEqualTo(500);
    Snapshot before = snapshot(reference);

    Map<Integer, Integer> byStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (MalformedRequest request : corpus) {
      Answer answer = send(request, reference);
      byStatus.merge(answer.status(), 1, Integer::sum);
      String failure = failure(request, answer);
      if (failure != null) {
        failures.add(request.method() + " " + request.name() + ": " + failure);
      }
    }
    System.out.println("MalformedRequestIT: " + corpus.size() + " malformed requests");
    byStatus.forEach((status, count) -> System.out.println("MalformedRequestIT: " + count + " answered " + status));
    failures.forEach(failure -> System.out.println("MalformedRequestIT failed: " + failure));

    assertThat(failures).as("malformed requests not refused with a problem naming their field").isEmpty();
    assertThat(snapshot(reference)).as("incident, individuals, incidents, audit entries, engine history after the corpus")
        .isEqualTo(before);
  }

  /** Why the answer is not a 4xx problem naming the request's field, or null when it is. */
  private static String failure(MalformedRequest request, Answer answer) {
    String shown = answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
    if (answer.status() < 400 || answer.status() >= 500) {
      return "status " + answer.status() + " " + shown;
    }
    if (!answer.contentType().startsWith("application/problem+json")) {
      return answer.status() + " as '" + answer.contentType() + "': " + shown;
    }
    if (INTERNALS.matcher(answer.body()).find()) {
      return answer.status() + " shows the server's internals: " + shown;
    }
    JsonObject problem;
    try {
      problem = Json.createReader(new StringReader(answer.body())).readObject();
    } catch (RuntimeException e) {
      return answer.status() + " not a JSON object: " + shown;
    }
    List<String> fields = problem.containsKey("errors") && problem.get("errors").getValueType() == JsonValue.ValueType.ARRAY
        ? problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(error -> error.get("field") instanceof JsonString field ? field.getString() : "").toList()
        : List.of();
    List<String> expected = List.of(request.field().split("\\|"));
    boolean named = fields.stream().anyMatch(field -> expected.stream().anyMatch(name -> field.equalsIgnoreCase(name)
        || field.startsWith(name + "[") || field.startsWith(name + ".")));
    return named ? null : answer.status() + " does not name '" + expected + "' (names " + fields + "): " + shown;
  }

  private Answer send(MalformedRequest request, String reference) {
    String user = request.user();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path().replace("{reference}", reference)))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", request.accept() != null ? request.accept() : "application/json, application/problem+json");
    if (request.contentType() != null && !"none".equals(request.contentType())) {
      builder.header("Content-Type", request.contentType());
    }
    builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      return new Answer(-1, "", "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Snapshot snapshot(String reference) {
    ApiClient admin = new ApiClient(base, "demo");
    ApiClient privacyOfficer = new ApiClient(base, "privacy-officer");
    return new Snapshot(admin.get("api/breach/incidents/" + reference).body(),
        privacyOfficer.get("api/breach/incidents/" + reference + "/individuals").body(),
        admin.get("api/breach/incidents?size=1").json().getJsonNumber("total").longValue(),
        privacyOfficer.get("api/breach/audit/verify").json().getJsonNumber("entriesChecked").longValue(),
        count(admin, "engine-rest/history/process-instance/count"), count(admin, "engine-rest/history/task/count"),
        count(admin, "engine-rest/history/user-operation/count"),
        count(admin, "engine-rest/history/variable-instance/count"));
  }

  private static long count(ApiClient admin, String path) {
    return admin.get(path).json().getJsonNumber("count").longValue();
  }

  private record Answer(int status, String contentType, String body) {
  }

  /**
   * What no malformed request may change: the incident as the API shows it (audit trail included), its individuals,
   * the number of incidents and of audit entries (every incident's), and the engine's history.
   */
  private record Snapshot(String incident, String individuals, long incidents, long auditEntries, long processInstances,
      long historicTasks, long userOperations, long historicVariables) {
  }
}
