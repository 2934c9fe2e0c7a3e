package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.breachresponse.ProductionServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An installation of the previous release (issue 13's, one practice, no tenants) upgrades in place: this
 * release starts, as an operator starts it, on a database that release wrote, on H2 in the first pass of the
 * tests and on PostgreSQL in the second. The database is a copy kept in {@code src/test/resources/upgrade}:
 * the previous release's server in development mode, five incidents (one just reported, a false alarm, one
 * scoped and containing, one notifying with a derived decision and open notices, one closed), driven through
 * its API and the engine's REST API. After the upgrade every incident and every engine row of its process
 * belongs to the first practice (named by {@code BREACH_PRACTICE_ID}); a practice added later sees none of
 * them; the earlier incidents carry on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviousReleaseUpgradeIT {

  private static final String FIRST = "smile-dental";
  private static final String SECOND = "second-practice";
  private static final String PASSWORD = "Second-Practice-9-Officer";
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The engine REST counts that must find no row without a practice, and rows of the first practice. Jobs are
   * narrowed to the incidents' process: the engine's own history cleanup job belongs to no practice.
   */
  private static final List<String> ENGINE_COUNTS = List.of("process-instance/count?", "task/count?",
      "job/count?processDefinitionKey=breachResponse&", "history/process-instance/count?",
      "history/activity-instance/count?", "history/task/count?", "history/variable-instance/count?",
      "history/decision-instance/count?", "history/job-log/count?processDefinitionKey=breachResponse&",
      "history/identity-link-log/count?");

  private static ProductionServer server;
  private static HttpClient http;

  @BeforeAll
  static void startOnTheDatabaseThePreviousReleaseWrote() throws Exception {
    Path directory = Path.of("target", "previous-release-upgrade").toAbsolutePath();
    deleteRecursively(directory);
    Files.createDirectories(directory);
    Map<String, String> environment = new HashMap<>(Map.of(
        "BREACH_PRACTICE_ID", FIRST,
        "BREACH_PRACTICE_LEGAL_NAME", "Smile Dental Care, P.C.",
        "BREACH_PRACTICE_TIME_ZONE", "America/Chicago"));
    if ("postgresql".equals(System.getProperty("breach.database"))) {
      environment.putAll(restoredOnPostgresql());
    } else {
      environment.putAll(copiedH2File(directory));
    }
    server = ProductionServer.start(directory, Integer.getInteger("breach.production.port-offset", 200) + 50,
        environment, List.of());
    http = server.httpClient();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void everyEarlierIncidentAndEveryEngineRowOfItsProcessIsTheFirstPractices() {
    JsonNode incidents = json(send("GET", "api/breach/incidents?size=100", "privacy-officer", null), 200);
    assertThat(incidents.get("total").asInt()).isEqualTo(5);
    assertThat(incidents.get("items")).allSatisfy(item -> assertThat(item.get("practice").asText()).isEqualTo(FIRST));
    JsonNode notifying = json(send("GET", "api/breach/incidents/BR-2026-0004", "privacy-officer", null), 200);
    assertThat(notifying.at("/practice/id").asText()).isEqualTo(FIRST);
    assertThat(notifying.at("/practice/name").asText()).isEqualTo("Smile Dental Care, P.C.");

    for (String count : ENGINE_COUNTS) {
      assertThat(count(count + "withoutTenantId=true", "demo")).as(count + " without a practice").isZero();
      assertThat(count(count + "tenantIdIn=" + FIRST, "demo")).as(count + " of the first practice").isPositive();
    }
    assertThat(count("process-instance/count?tenantIdIn=" + FIRST, "demo")).as("running: reported, scoped, notifying")
        .isEqualTo(3);
    assertThat(count("history/process-instance/count?tenantIdIn=" + FIRST, "demo")).isEqualTo(5);
  }

  @Test
  @Order(2)
  void aPracticeAddedLaterSeesNoneOfThem() {
    HttpResponse<String> created = send("POST", "api/breach/practices", "demo", "{\"id\":\"" + SECOND + "\","
        + "\"name\":\"Second Practice, PLLC\",\"timeZone\":\"America/Denver\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String officer = "second.officer";
    expect(send("POST", "engine-rest/user/create", "demo", "{\"profile\":{\"id\":\"" + officer + "\",\"firstName\":\"Sam\","
        + "\"lastName\":\"Officer\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}"), 204);
    expect(send("PUT", "engine-rest/group/privacy-officer/members/" + officer, "demo", null), 204);
    expect(send("PUT", "engine-rest/tenant/" + SECOND + "/user-members/" + officer, "demo", null), 204);

    assertThat(json(send("GET", "api/breach/incidents", officer, null), 200).get("total").asInt()).isZero();
    HttpResponse<String> other = send("GET", "api/breach/incidents/BR-2026-0004", officer, null);
    HttpResponse<String> none = send("GET", "api/breach/incidents/BR-2026-0999", officer, null);
    assertThat(other.statusCode()).isEqualTo(404).isEqualTo(none.statusCode());
    for (String count : ENGINE_COUNTS) {
      assertThat(count(count, officer)).as(count + " as the second practice's privacy officer").isZero();
    }
  }

  @Test
  @Order(3)
  void theEarlierIncidentsCarryOnAndTheirStaffReportForTheirPractice() {
    JsonNode tasks = json(send("GET", "engine-rest/task?processInstanceBusinessKey=BR-2026-0001", "it-responder", null), 200);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_ConfirmBreach");
    String task = tasks.get(0).get("id").asText();
    expect(send("POST", "engine-rest/task/" + task + "/claim", "it-responder", "{\"userId\":\"it-responder\"}"), 204);
    expect(send("POST", "engine-rest/task/" + task + "/complete", "it-responder", "{\"variables\":{"
        + "\"triageDecision\":{\"value\":\"CONFIRMED\",\"type\":\"String\"},"
        + "\"triageReason\":{\"value\":\"Ransom note on the front desk PC\",\"type\":\"String\"}}}"), 204);
    JsonNode next = json(send("GET", "engine-rest/task?processInstanceBusinessKey=BR-2026-0001", "it-responder", null), 200);
    assertThat(next).extracting(node -> node.get("taskDefinitionKey").asText()).contains("Task_ScopeBreach");
    assertThat(next).allSatisfy(node -> assertThat(node.get("tenantId").asText()).isEqualTo(FIRST));

    HttpResponse<String> reported = send("POST", "api/breach/incidents", "front-desk", "{\"reportedBy\":\"Maria, front desk\","
        + "\"discoveryDate\":\"2026-12-01\",\"signs\":[\"MODIFIED_DATA\"],\"description\":\"After the upgrade\"}");
    assertThat(json(reported, 201).at("/practice/id").asText()).isEqualTo(FIRST);
    server.assertNoErrorsLogged();
  }

  private static Map<String, String> copiedH2File(Path directory) throws IOException {
    Path database = directory.resolve("previous-release");
    Files.createDirectories(database);
    try (InputStream in = new GZIPInputStream(resource("release-13.h2.mv.db.gz"))) {
      Files.copy(in, database.resolve("breach-response.mv.db"), StandardCopyOption.REPLACE_EXISTING);
    }
    // The previous release's development default credentials (wildfly-config/datasource-h2.cli).
    return Map.of("BREACH_DB_URL", "jdbc:h2:file:" + database.resolve("breach-response")
            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
        "BREACH_DB_USER", "sa", "BREACH_DB_PASSWORD", "sa");
  }

  /**
   * Empties the database {@code breach_upgrade} (.ci/start-postgresql.sh creates it) and restores the previous
   * release's dump into it with psql, as an operator restores a backup.
   */
  private static Map<String, String> restoredOnPostgresql() throws Exception {
    Path empty = Files.createTempFile("empty", ".sql");
    Files.writeString(empty, "drop schema if exists public cascade;\ncreate schema public;\n");
    psql(empty);
    Path dump = Files.createTempFile("release-13", ".sql");
    try (InputStream in = new GZIPInputStream(resource("release-13.postgresql.sql.gz"))) {
      Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
    }
    psql(dump);
    Files.delete(dump);
    Files.delete(empty);
    return Map.of("BREACH_DB_URL", "jdbc:postgresql://localhost:5432/breach_upgrade",
        "BREACH_DB_USER", "breach_response", "BREACH_DB_PASSWORD", "breach_response");
  }

  private static void psql(Path script) throws IOException, InterruptedException {
    ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
        "-U", "breach_response", "-d", "breach_upgrade", "-f", script.toString()).redirectErrorStream(true);
    psql.environment().put("PGPASSWORD", "breach_response");
    Process process = psql.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("psql on breach_upgrade (made by .ci/start-postgresql.sh) failed:\n" + output);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = PreviousReleaseUpgradeIT.class.getResourceAsStream("/upgrade/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource upgrade/" + name);
    }
    return in;
  }

  private static long count(String path, String user) {
    return json(send("GET", "engine-rest/" + path, user, null), 200).get("count").asLong();
  }

  private static HttpResponse<String> send(String method, String path, String user, String body) {
    String password = user.equals("second.officer") ? PASSWORD : user.equals("demo") ? "demo" : user;
    HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(URI.create(path)))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
        .isEqualTo(status);
  }

  private static JsonNode json(HttpResponse<String> response, int status) {
    expect(response, status);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (var paths = Files.walk(directory)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
