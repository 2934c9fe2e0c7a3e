package org.breachresponse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The provisioned server started as an operator would, with nothing but the production defaults (and a
 * shorter login delay, so the lockout shows in seconds): none of the development conveniences, HTTPS only,
 * secure cookies and headers, the engine's tables from the migration, and failed logins locking an account.
 * One server start for the class; the tests run in order because the first administrator is created once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeIT {

  private static final String ADMIN = "practice.admin";
  private static final String ADMIN_PASSWORD = "Correct-Horse-7-Battery";
  private static final String STAFF = "dana.reyes";
  private static final String STAFF_PASSWORD = "Staple-9-Lantern-Quartz";

  private static ProductionServer server;
  private static HttpClient http;

  @BeforeAll
  static void startAsAnOperatorWould() throws IOException {
    Path directory = Path.of("target", "production-mode");
    deleteRecursively(directory);
    server = ProductionServer.start(directory, Integer.getInteger("breach.production.port-offset", 200),
        Map.of("BREACH_LOGIN_MAX_ATTEMPTS", "3", "BREACH_LOGIN_DELAY_BASE", "1", "BREACH_LOGIN_DELAY_FACTOR", "2"),
        List.of());
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
  void noDevelopmentAccountSignsInAndTheAdminAppOffersItsSetupPage() {
    for (String user : List.of("demo", "front-desk", "it-responder", "privacy-officer")) {
      String password = user.equals("demo") ? "demo" : user;
      assertThat(new WebSession().signIn(user, password, "tasklist").statusCode()).as(user + " in the Tasklist").isEqualTo(401);
      assertThat(send(get("engine-rest/task/count").header("Authorization", basic(user, password))).statusCode())
          .as(user + " on the engine REST API").isEqualTo(401);
      assertThat(send(get("api/breach/incidents").header("Authorization", basic(user, password))).statusCode())
          .as(user + " on our API").isEqualTo(401);
    }

    HttpResponse<String> admin = send(get("app/admin/default/"));
    assertThat(admin.statusCode()).isEqualTo(302);
    assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/admin/default/setup/#/setup"));
    assertThat(send(get("app/admin/default/setup/")).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void theFirstAdministratorIsCreatedOnceThroughTheSetupPage() {
    WebSession setup = new WebSession();
    setup.send(get("app/admin/default/setup/"));
    HttpResponse<String> created = setup.send(setup.withToken(post("api/admin/setup/default/user/create", "{\"profile\":"
        + "{\"id\":\"" + ADMIN + "\",\"firstName\":\"Pat\",\"lastName\":\"Admin\",\"email\":\"pat@brightsmiles.test\"},"
        + "\"credentials\":{\"password\":\"" + ADMIN_PASSWORD + "\"}}")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);

    HttpResponse<String> again = setup.send(setup.withToken(post("api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\"},\"credentials\":{\"password\":\"Intruder-1-Password\"}}")));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(403);
    assertThat(send(get("app/admin/default/")).statusCode()).as("no setup redirect once an administrator exists").isNotEqualTo(302);
    assertThat(new WebSession().signIn(ADMIN, ADMIN_PASSWORD, "admin").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void sessionAndCsrfCookiesAreSecureHttpOnlyAndSameSite() {
    WebSession session = new WebSession();
    assertThat(session.signIn(ADMIN, ADMIN_PASSWORD, "cockpit").statusCode()).isEqualTo(200);
    session.send(get("api/admin/auth/user/default"));

    assertThat(session.setCookies("JSESSIONID")).isNotEmpty().allSatisfy(cookie -> assertThat(attributes(cookie))
        .as(cookie).contains("secure", "httponly", "samesite=lax"));
    assertThat(session.setCookies("XSRF-TOKEN")).isNotEmpty().allSatisfy(cookie -> assertThat(attributes(cookie))
        .as(cookie).contains("secure", "samesite=lax"));
  }

  @Test
  @Order(4)
  void webAppsAndApisSendTheSecurityHeadersIncludingHsts() {
    HttpResponse<String> tasklist = send(get("app/tasklist/default/"));
    assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    for (String path : List.of("api/breach/incidents", "engine-rest/task/count")) {
      HttpResponse<String> data = send(get(path).header("Authorization", basic(ADMIN, ADMIN_PASSWORD)));
      assertThat(data.statusCode()).as(path).isEqualTo(200);
      assertThat(data.headers().firstValue("Strict-Transport-Security")).as(path).hasValue("max-age=31536000");
      assertThat(data.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
      assertThat(data.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(data.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
  }

  @Test
  @Order(4)
  void httpsPresentsTheKeystoreNamedInTheEnvironment() throws Exception {
    HttpResponse<String> page = send(get("app/welcome/default/"));
    java.security.cert.Certificate presented = page.sslSession().orElseThrow().getPeerCertificates()[0];

    assertThat(Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
        .digest(presented.getPublicKey().getEncoded()))).isEqualTo(server.certificateSpkiSha256());
    assertThat(page.sslSession().orElseThrow().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
  }

  @Test
  @Order(5)
  void plainHttpServesNothing() {
    URI http = server.plainHttpUrl();
    HttpResponse<String> page = send(HttpRequest.newBuilder(http.resolve("app/tasklist/default/")).GET());
    assertThat(page.statusCode()).isEqualTo(301);
    assertThat(page.headers().firstValue("Location")).hasValue(server.baseUrl().resolve("app/tasklist/default/").toString());

    HttpResponse<String> read = send(HttpRequest.newBuilder(http.resolve("api/breach/incidents"))
        .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET());
    assertThat(read.statusCode()).isEqualTo(301);
    assertThat(read.body()).doesNotContain("content");

    HttpResponse<String> write = send(HttpRequest.newBuilder(http.resolve("api/breach/incidents"))
        .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"reportedBy\":\"Maria\",\"discoveryDate\":\"2026-11-27\",\"signs\":[\"OTHER\"],\"otherSigns\":\"x\",\"description\":\"x\"}")));
    assertThat(write.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(5)
  void healthChecksAnswerOverPlainHttpForALoadBalancerAndMetricsOnlyOverHttps() {
    URI http = server.plainHttpUrl();
    for (String path : List.of("health/live", "health/ready")) {
      HttpResponse<String> health = send(HttpRequest.newBuilder(http.resolve(path)).GET());
      assertThat(health.statusCode()).as(path + ": " + health.body()).isEqualTo(200);
      assertThat(health.body()).startsWith("{\"status\":\"UP\",\"node\":");
    }
    HttpResponse<String> plainMetrics = send(HttpRequest.newBuilder(http.resolve("metrics"))
        .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET());
    assertThat(plainMetrics.statusCode()).isEqualTo(301);
    assertThat(plainMetrics.body()).doesNotContain("breach_");

    HttpResponse<String> metrics = send(HttpRequest.newBuilder(server.baseUrl().resolve("metrics"))
        .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)).GET());
    assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE breach_http_requests_total counter");
  }

  @Test
  @Order(6)
  void wrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws InterruptedException {
    HttpResponse<String> created = send(post("engine-rest/user/create", "{\"profile\":{\"id\":\"" + STAFF + "\",\"firstName\":\"Dana\","
        + "\"lastName\":\"Reyes\"},\"credentials\":{\"password\":\"" + STAFF_PASSWORD + "\"}}")
        .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    assertThat(signInStatus(STAFF_PASSWORD)).isEqualTo(200);

    assertThat(signInStatus("wrong-1")).isEqualTo(401);
    assertThat(signInStatus(STAFF_PASSWORD)).as("the right password within the delay after a failure").isEqualTo(401);
    Thread.sleep(1_500);
    assertThat(signInStatus("wrong-2")).isEqualTo(401);
    Thread.sleep(2_500);
    assertThat(signInStatus("wrong-3")).isEqualTo(401);
    Thread.sleep(4_500);
    assertThat(signInStatus(STAFF_PASSWORD)).as("the right password long after the third failure").isEqualTo(401);

    HttpResponse<String> unlocked = send(post("engine-rest/user/" + STAFF + "/unlock", "")
        .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)));
    assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(204);
    assertThat(signInStatus(STAFF_PASSWORD)).isEqualTo(200);
  }

  @Test
  @Order(7)
  void theEngineTablesCameFromTheMigrationAndNothingWasLoggedAsAnError() throws SQLException {
    server.assertNoErrorsLogged();
    server.close();

    try (Connection connection = DriverManager.getConnection(server.databaseUrl() + ";ACCESS_MODE_DATA=r", "breach",
        new String(server.trustStorePassword()))) {
      assertThat(query(connection, "select \"version\" || ' ' || \"type\" || ' ' || \"description\" || ' ' || \"success\""
          + " from \"breach_engine_schema_history\" where \"version\" = '1'"))
          .containsExactly("1 JDBC Camunda 7.23.0 engine tables TRUE");
      assertThat(query(connection, "select VERSION_ from ACT_GE_SCHEMA_LOG")).as("the engine never updated its schema")
          .containsExactly("7.23.0");
    }
  }

  /** A Set-Cookie header's attributes after the name=value pair, lower case: "secure", "samesite=lax", ... */
  private static List<String> attributes(String setCookie) {
    return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(part -> part.trim().toLowerCase(java.util.Locale.ROOT)).toList();
  }

  private static int signInStatus(String password) {
    return send(get("engine-rest/task/count").header("Authorization", basic(STAFF, password))).statusCode();
  }

  private static List<String> query(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Accept", "application/json").GET();
  }

  private static HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Accept", "application/json")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
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

  /** A browser's cookies, kept by hand so that every raw Set-Cookie header can be read. */
  private static final class WebSession {

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new ArrayList<>();

    HttpResponse<String> signIn(String user, String password, String app) {
      send(get("api/admin/auth/user/default"));
      return send(withToken(HttpRequest.newBuilder(server.baseUrl().resolve("api/admin/auth/user/default/login/" + app))
          .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password)))));
    }

    HttpRequest.Builder withToken(HttpRequest.Builder request) {
      String token = cookies.get("XSRF-TOKEN");
      return token == null ? request : request.header("X-XSRF-TOKEN", token);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      if (!cookies.isEmpty()) {
        request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
      HttpResponse<String> response = ProductionModeIT.send(request);
      for (String header : response.headers().allValues("Set-Cookie")) {
        setCookieHeaders.add(header);
        String pair = header.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
      }
      return response;
    }

    List<String> setCookies(String name) {
      return setCookieHeaders.stream().filter(header -> header.startsWith(name + "=")).toList();
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
