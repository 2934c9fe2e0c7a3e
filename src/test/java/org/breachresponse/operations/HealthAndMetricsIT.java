package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breachresponse.ApiClient;
import org.breachresponse.InServerTest;
import org.breachresponse.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics on the running server, as HAProxy, an operator and a Prometheus server call them: the health
 * checks answer UP without credentials in the agreed JSON; the metrics refuse anonymous callers (401) and staff
 * without the right group (403), and answer the metrics reader with text a Prometheus parser reads, holding every
 * metric family, a sample per practice, and an HTTP request counter that grows from one scrape to the next.
 */
class HealthAndMetricsIT extends InServerTest {

  private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (-?[0-9.eE+]+|NaN|[+-]Inf)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"(,|$)");
  private static final List<String> FAMILIES = List.of(MetricNames.JOBS_ACQUIRED, MetricNames.JOBS_SUCCEEDED,
      MetricNames.JOBS_FAILED, MetricNames.JOBS_OVERDUE, MetricNames.NOTICES_DUE, MetricNames.NOTICES_OVERDUE,
      MetricNames.CONTAINMENT_ACTIONS, MetricNames.HTTP_REQUESTS);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void liveAndReadyAnswerUpWithoutCredentials() {
    for (String path : List.of("health/live", "health/ready")) {
      HttpResponse<String> answer = get(path, null);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
      assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
      JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
      assertThat(json.keySet()).containsExactly("status", "node", "checks");
      assertThat(json.getString("status")).isEqualTo("UP");
      assertThat(json.getString("node")).isNotBlank();
      System.out.println(path + " answered " + answer.body());
    }
    JsonObject ready = Json.createReader(new StringReader(get("health/ready", null).body())).readObject();
    Map<String, String> checks = new LinkedHashMap<>();
    for (JsonValue check : ready.getJsonArray("checks")) {
      checks.put(check.asJsonObject().getString("name"), check.asJsonObject().getString("status"));
    }
    assertThat(checks).containsEntry("database", "UP").containsEntry("engine", "UP").containsKey("jobExecutor");
  }

  @Test
  void metricsRefuseAnonymousCallersAndStaffWithoutTheGroup() {
    HttpResponse<String> anonymous = get("metrics", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
    assertThat(anonymous.body()).doesNotContain("breach_");

    // An unknown user: a wrong password would hold a real user's next sign-in back for a few seconds (Camunda's
    // login delay), and the next test signs in as the metrics reader.
    HttpResponse<String> wrongPassword = get("metrics", basic("nobody-" + System.nanoTime(), "wrong"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);

    // docs/authorization.md, Operations: of the roles only the administrator reads the metrics.
    for (String role : Roles.ALL.stream().filter(role -> !role.equals(Roles.ADMIN)).toList()) {
      HttpResponse<String> staff = get("metrics", basic(role, role));
      assertThat(staff.statusCode()).as(role).isEqualTo(403);
      assertThat(staff.body()).as(role).doesNotContain("breach_");
    }
  }

  @Test
  void theMetricsReaderAndTheAdministratorScrapeEveryFamilyAndTheRequestCounterGrows() {
    HttpResponse<String> first = get("metrics", basic("metrics-reader", "metrics-reader"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(mediaType(first.headers().firstValue("Content-Type").orElse("")))
        .containsExactly("text/plain", "charset=utf-8", "version=0.0.4");
    Scrape before = Scrape.parse(first.body());
    assertThat(before.types().keySet()).containsAll(FAMILIES);
    assertThat(before.types()).containsEntry(MetricNames.HTTP_REQUESTS, "counter")
        .containsEntry(MetricNames.JOBS_SUCCEEDED, "counter").containsEntry(MetricNames.NOTICES_DUE, "gauge");
    assertThat(before.samples()).allSatisfy(sample -> assertThat(sample.labels()).containsKey("node"));
    // The engine runs: its job totals are there; every practice has its notice gauges.
    assertThat(before.named(MetricNames.JOBS_SUCCEEDED)).hasSize(1);
    assertThat(before.named(MetricNames.JOBS_OVERDUE)).hasSize(1);
    List<String> practices = new ArrayList<>();
    for (JsonValue practice : new ApiClient(base, "demo").get("api/breach/practices").structure().asJsonArray()) {
      practices.add(((JsonString) practice.asJsonObject().get("id")).getString());
    }
    assertThat(practices).isNotEmpty();
    assertThat(before.named(MetricNames.NOTICES_DUE)).extracting(sample -> sample.labels().get("practice"))
        .containsAll(practices);

    for (int i = 0; i < 5; i++) {
      assertThat(get("health/live", null).statusCode()).isEqualTo(200);
    }
    assertThat(get("metrics", null).statusCode()).isEqualTo(401);
    HttpResponse<String> second = get("metrics", basic("demo", "demo"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    Scrape after = Scrape.parse(second.body());

    double getsBefore = before.sum(MetricNames.HTTP_REQUESTS, Map.of("method", "GET", "status", "2xx"));
    double getsAfter = after.sum(MetricNames.HTTP_REQUESTS, Map.of("method", "GET", "status", "2xx"));
    System.out.printf("GET 2xx requests: %.0f at the first scrape, %.0f at the second%n", getsBefore, getsAfter);
    // In between: the first scrape itself, the practices and five health checks (each counted once answered).
    assertThat(getsAfter - getsBefore).isGreaterThanOrEqualTo(5);
    assertThat(after.sum(MetricNames.HTTP_REQUESTS, Map.of("method", "GET", "status", "4xx")))
        .isGreaterThan(before.sum(MetricNames.HTTP_REQUESTS, Map.of("method", "GET", "status", "4xx")));
  }

  private HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
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

  /** The media type and its parameters, lower case and without spaces, the parameters sorted. */
  private static List<String> mediaType(String contentType) {
    List<String> parts = new ArrayList<>();
    for (String part : contentType.split(";")) {
      parts.add(part.strip().toLowerCase(java.util.Locale.ROOT));
    }
    List<String> parameters = new ArrayList<>(parts.subList(1, parts.size()));
    java.util.Collections.sort(parameters);
    List<String> sorted = new ArrayList<>(List.of(parts.get(0)));
    sorted.addAll(parameters);
    return sorted;
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** One parsed line of the text format. */
  record Sample(String name, Map<String, String> labels, double value) {
  }

  /** A scrape read as Prometheus reads the text format 0.0.4; a line it could not read fails the test. */
  record Scrape(Map<String, String> types, List<Sample> samples) {

    static Scrape parse(String text) {
      assertThat(text).endsWith("\n");
      Map<String, String> types = new LinkedHashMap<>();
      Map<String, Boolean> helped = new LinkedHashMap<>();
      List<Sample> samples = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.startsWith("# HELP ")) {
          helped.put(line.split(" ", 4)[2], true);
        } else if (line.startsWith("# TYPE ")) {
          String[] parts = line.split(" ");
          assertThat(parts).as(line).hasSize(4);
          assertThat(parts[3]).as(line).isIn("counter", "gauge", "histogram", "summary", "untyped");
          types.put(parts[2], parts[3]);
        } else {
          Matcher sample = SAMPLE.matcher(line);
          assertThat(sample.matches()).as("a sample line: " + line).isTrue();
          assertThat(types).as("declared before its samples: " + line).containsKey(sample.group(1));
          samples.add(new Sample(sample.group(1), labels(sample.group(2), line), Double.parseDouble(sample.group(3))));
        }
      }
      assertThat(helped.keySet()).isEqualTo(types.keySet());
      return new Scrape(types, samples);
    }

    private static Map<String, String> labels(String text, String line) {
      Map<String, String> labels = new LinkedHashMap<>();
      if (text == null) {
        return labels;
      }
      Matcher label = LABEL.matcher(text);
      int at = 0;
      while (at < text.length()) {
        assertThat(label.find(at) && label.start() == at).as("labels of " + line).isTrue();
        labels.put(label.group(1), label.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
        at = label.end();
      }
      return labels;
    }

    List<Sample> named(String name) {
      return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    double sum(String name, Map<String, String> labels) {
      return named(name).stream().filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet()))
          .mapToDouble(Sample::value).sum();
    }
  }
}
