package org.breachresponse.directory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Defender for Endpoint or CrowdStrike Falcon API that checks every request
 * against the shape the vendors document (docs/platform-notes.md: method, path, query, Content-Type, a bearer
 * token it issued itself, JSON body fields) and answers like the vendor: MachineAction JSON and OData errors for
 * Defender, the resources/errors envelope for Falcon. A request of the wrong shape gets 400 and the reason
 * is recorded, so a malformed request fails the test that sent it.
 */
final class EdrStandIn implements AutoCloseable {

  enum Vendor { DEFENDER, FALCON }

  /** One request as received, with the status answered and, for a 400 of ours, why. */
  record Received(String method, String path, String rawQuery, String contentType, String authorization,
      String body, int status, String problem) {

    boolean isTokenRequest() {
      return path.endsWith("/token");
    }

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  static final String TENANT = "practice-tenant";
  static final String CLIENT_ID = "breach-response-app";
  static final String CLIENT_SECRET = "s3cret-never-in-messages";
  private static final Pattern ODATA = Pattern.compile("computerDnsName eq '((?:[^']|'')*)'");
  private static final Pattern FQL = Pattern.compile("hostname:'((?:[^'\\\\]|\\\\.)*)'");
  private static final Pattern RAW_QUERY = Pattern.compile("[A-Za-z0-9._~%$=&-]*");
  private static final Pattern ACTION = Pattern.compile("/api/machines/([^/]+)/(isolate|unisolate)");

  private final Vendor vendor;
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<String> issued = ConcurrentHashMap.newKeySet();
  private final Map<String, List<String>> machines = new ConcurrentHashMap<>();
  private final Set<String> isolated = ConcurrentHashMap.newKeySet();
  private final Deque<Integer> failures = new ArrayDeque<>();

  private EdrStandIn(Vendor vendor) throws IOException {
    this.vendor = vendor;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static EdrStandIn defender() throws IOException {
    return new EdrStandIn(Vendor.DEFENDER);
  }

  static EdrStandIn falcon() throws IOException {
    return new EdrStandIn(Vendor.FALCON);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  EdrSettings settings() {
    return vendor == Vendor.DEFENDER
        ? new EdrSettings(EdrSettings.Kind.DEFENDER_FOR_ENDPOINT, base(),
            URI.create(base() + "/" + TENANT + "/oauth2/v2.0/token"), CLIENT_ID, CLIENT_SECRET)
        : new EdrSettings(EdrSettings.Kind.CROWDSTRIKE_FALCON, base(), URI.create(base() + "/oauth2/token"),
            CLIENT_ID, CLIENT_SECRET);
  }

  /** Makes the vendor know a machine by this name under these ids (Defender: the last is seen last). */
  EdrStandIn knows(String name, String... ids) {
    machines.put(name.toLowerCase(), List.of(ids));
    return this;
  }

  /** The next API request (not a token request) is answered with this status and a vendor error body. */
  synchronized void failNext(int status) {
    failures.add(status);
  }

  boolean isIsolated(String id) {
    return isolated.contains(id);
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  List<Received> apiCalls() {
    return received.stream().filter(r -> !r.isTokenRequest()).toList();
  }

  long tokenRequests() {
    return received.stream().filter(Received::isTokenRequest).count();
  }

  Set<String> issuedTokens() {
    return Set.copyOf(issued);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Request request = new Request(exchange, body);
    Answer answer;
    try {
      answer = answer(request);
    } catch (ShapeException e) {
      answer = new Answer(400, error(400, "BadRequest", e.getMessage()), e.getMessage());
    }
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
        exchange.getRequestHeaders().getFirst("Authorization"), body, answer.status(), answer.problem()));
    byte[] bytes = answer.json().toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private record Request(HttpExchange exchange, String body) {

    String method() {
      return exchange.getRequestMethod();
    }

    String path() {
      return exchange.getRequestURI().getRawPath();
    }

    String header(String name) {
      String value = exchange.getRequestHeaders().getFirst(name);
      return value == null ? "" : value;
    }
  }

  private record Answer(int status, JsonObject json, String problem) {

    Answer(int status, JsonObject json) {
      this(status, json, null);
    }
  }

  private static final class ShapeException extends RuntimeException {

    ShapeException(String message) {
      super(message);
    }
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new ShapeException(problem);
    }
  }

  private Answer answer(Request request) {
    String tokenPath = vendor == Vendor.DEFENDER ? "/" + TENANT + "/oauth2/v2.0/token" : "/oauth2/token";
    if (request.path().equals(tokenPath)) {
      return token(request);
    }
    if (!issued.contains(request.header("Authorization").replaceFirst("^Bearer ", ""))
        || !request.header("Authorization").startsWith("Bearer ")) {
      return new Answer(401, error(401, "Unauthorized", "authorization header missing or not a token we issued"));
    }
    Integer failure;
    synchronized (this) {
      failure = failures.poll();
    }
    if (failure != null) {
      return new Answer(failure, error(failure, failure == 429 ? "TooManyRequests" : "ServiceUnavailable",
          "injected failure " + failure));
    }
    return vendor == Vendor.DEFENDER ? defender(request) : falcon(request);
  }

  private Answer token(Request request) {
    check(request.method().equals("POST"), "token: method must be POST");
    check(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"),
        "token: Content-Type must be application/x-www-form-urlencoded");
    Map<String, String> form = form(request.body());
    Map<String, String> expected = new LinkedHashMap<>();
    if (vendor == Vendor.DEFENDER) {
      expected.put("grant_type", "client_credentials");
      expected.put("scope", "https://api.securitycenter.microsoft.com/.default");
    }
    expected.put("client_id", CLIENT_ID);
    check(form.size() == expected.size() + 1 && form.containsKey("client_secret"),
        "token: form fields " + form.keySet());
    expected.forEach((k, v) -> check(v.equals(form.get(k)), "token: wrong " + k));
    if (!CLIENT_SECRET.equals(form.get("client_secret"))) {
      return new Answer(401, error(401, "invalid_client", "Invalid client secret provided."));
    }
    String token = "token-" + UUID.randomUUID();
    issued.add(token);
    return new Answer(vendor == Vendor.DEFENDER ? 200 : 201, Json.createObjectBuilder().add("token_type", "Bearer")
        .add("expires_in", vendor == Vendor.DEFENDER ? 3599 : 1799).add("access_token", token).build());
  }

  private Answer defender(Request request) {
    Matcher action = ACTION.matcher(request.path());
    if (request.path().equals("/api/machines")) {
      check(request.method().equals("GET"), "machines: method must be GET");
      String filter = query(request.exchange().getRequestURI().getRawQuery()).get("$filter");
      check(filter != null, "machines: $filter missing");
      Matcher m = ODATA.matcher(filter);
      check(m.matches(), "machines: not a computerDnsName eq '…' filter: " + filter);
      JsonArrayBuilder value = Json.createArrayBuilder();
      String name = m.group(1).replace("''", "'");
      List<String> ids = machines.getOrDefault(name.toLowerCase(), List.of());
      for (int i = 0; i < ids.size(); i++) {
        value.add(Json.createObjectBuilder().add("id", ids.get(i)).add("computerDnsName", name)
            .add("lastSeen", "2025-03-0" + (i + 1) + "T10:00:00Z").add("healthStatus", "Active"));
      }
      return new Answer(200, Json.createObjectBuilder()
          .add("@odata.context", "https://api.securitycenter.microsoft.com/api/$metadata#Machines")
          .add("value", value).build());
    }
    check(action.matches(), "unknown path " + request.path());
    check(request.method().equals("POST"), action.group(2) + ": method must be POST");
    check(request.exchange().getRequestURI().getRawQuery() == null, action.group(2) + ": no query expected");
    JsonObject body = jsonBody(request);
    check(body.get("Comment") instanceof JsonString c && !c.getString().isBlank(), "Comment required");
    boolean isolate = action.group(2).equals("isolate");
    check(isolate ? body.size() == 2 && JsonValue.ValueType.STRING == body.get("IsolationType").getValueType()
        && body.getString("IsolationType").equals("Full") : body.size() == 1,
        isolate ? "isolate: body must be Comment and IsolationType Full" : "unisolate: body must be Comment only");
    String id = action.group(1);
    if (machines.values().stream().noneMatch(ids -> ids.contains(id))) {
      return new Answer(404, error(404, "ResourceNotFound", "Machine " + id + " was not found"));
    }
    if (isolate == isolated.contains(id)) { // Defender's answer to a repeat, issue #5903
      return new Answer(400, error(400, "ActiveRequestAlreadyExists", "Action is already in progress"));
    }
    if (isolate) {
      isolated.add(id);
    } else {
      isolated.remove(id);
    }
    return new Answer(201, Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
        .add("type", isolate ? "Isolate" : "Unisolate").add("requestor", CLIENT_ID)
        .add("requestorComment", body.getString("Comment")).add("status", "Pending").add("machineId", id)
        .add("creationDateTimeUtc", "2025-03-04T10:00:00Z").build());
  }

  private Answer falcon(Request request) {
    Map<String, String> query = query(request.exchange().getRequestURI().getRawQuery());
    if (request.path().equals("/devices/queries/devices/v1")) {
      check(request.method().equals("GET"), "devices query: method must be GET");
      check(query.keySet().equals(Set.of("filter")), "devices query: only filter expected, got " + query.keySet());
      Matcher m = FQL.matcher(query.get("filter"));
      check(m.matches(), "devices query: not a hostname:'…' filter: " + query.get("filter"));
      String name = m.group(1).replaceAll("\\\\(.)", "$1");
      return new Answer(200, envelope(Json.createArrayBuilder(machines.getOrDefault(name.toLowerCase(), List.of()))));
    }
    check(request.path().equals("/devices/entities/devices-actions/v2"), "unknown path " + request.path());
    check(request.method().equals("POST"), "devices-actions: method must be POST");
    String action = query.get("action_name");
    check(query.size() == 1 && ("contain".equals(action) || "lift_containment".equals(action)),
        "devices-actions: action_name must be contain or lift_containment, got " + query);
    JsonObject body = jsonBody(request);
    check(body.size() == 1 && body.get("ids") instanceof JsonArray ids && !ids.isEmpty()
        && ids.stream().allMatch(JsonString.class::isInstance), "devices-actions: body must be {\"ids\": [AID, …]}");
    List<String> ids =
        body.getJsonArray("ids").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    if (!machines.values().stream().flatMap(List::stream).toList().containsAll(ids)) {
      return new Answer(404, error(404, "NotFound", "Device not found"));
    }
    JsonArrayBuilder resources = Json.createArrayBuilder();
    for (String id : ids) {
      if (action.equals("contain")) {
        isolated.add(id);
      } else {
        isolated.remove(id);
      }
      resources.add(Json.createObjectBuilder().add("id", id).add("path", ""));
    }
    return new Answer(202, envelope(resources));
  }

  private static JsonObject jsonBody(Request request) {
    check(request.header("Content-Type").startsWith("application/json"), "Content-Type must be application/json");
    try {
      return Json.createReader(new StringReader(request.body())).readObject();
    } catch (RuntimeException e) {
      throw new ShapeException("body is not a JSON object");
    }
  }

  private static JsonObject envelope(JsonArrayBuilder resources) {
    return Json.createObjectBuilder().add("meta", Json.createObjectBuilder().add("query_time", 0.01)
        .add("trace_id", UUID.randomUUID().toString())).add("resources", resources)
        .add("errors", Json.createArrayBuilder()).build();
  }

  private JsonObject error(int status, String code, String message) {
    if (vendor == Vendor.FALCON) {
      return Json.createObjectBuilder().add("meta", Json.createObjectBuilder().add("query_time", 0.01))
          .add("resources", Json.createArrayBuilder()).add("errors", Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("code", status).add("message", message))).build();
    }
    if (code.equals("invalid_client")) {
      return Json.createObjectBuilder().add("error", code).add("error_description", message).build();
    }
    return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("code", code)
        .add("message", message).add("target", UUID.randomUUID().toString())).build();
  }

  /** Parses a raw query strictly: only unreserved characters and percent-escapes, no '+', no spaces. */
  private static Map<String, String> query(String raw) {
    if (raw == null) {
      return Map.of();
    }
    check(RAW_QUERY.matcher(raw).matches(), "query is not properly percent-encoded: " + raw);
    return form(raw);
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      check(eq > 0, "not a key=value pair: " + pair);
      fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }
}
