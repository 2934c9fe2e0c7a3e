package org.breachresponse.alerting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for the four webhook kinds an alert goes to, checking each request against the shape its vendor
 * documents (docs/alerts.md): a Teams Workflows webhook's {@code message} with an Adaptive Card attachment, a Slack
 * incoming webhook's {@code text} and {@code blocks}, a PagerDuty Events API v2 event ({@code routing_key},
 * {@code event_action}, {@code dedup_key}, and a trigger's {@code payload.summary/source/severity}), and our signed
 * JSON, whose HMAC-SHA256 signature it checks with the shared secret. A request of the wrong shape gets the vendor's
 * 400 and the reason is recorded; {@code /failing} answers 500 to everything.
 */
final class WebhookStandIn implements AutoCloseable {

  static final String ROUTING_KEY = "R0ut1ngK3yOfTh3PagerDutyServic3A";
  static final String HMAC_SECRET = "3f1c0a9e5b7d4e2f8a6c1b0d9e8f7a6b5c4d3e2f1a0b";
  private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

  /** One request as received, with the status answered and, for a refusal, why. */
  record Received(String kind, String contentType, String signature, String body, int status, String problem,
      Instant at) {

    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  WebhookStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<Received> received(String kind) {
    return received.stream().filter(r -> r.kind().equals(kind)).toList();
  }

  List<Received> all() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String signature = exchange.getRequestHeaders().getFirst("X-Breach-Response-Signature");
    String kind = path.split("/").length > 1 ? path.split("/")[1] : "";
    List<String> problems = new ArrayList<>();
    if (!"POST".equals(exchange.getRequestMethod())) {
      problems.add("method " + exchange.getRequestMethod());
    }
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      problems.add("Content-Type " + contentType);
    }
    JsonObject json = parse(body, problems);
    int status;
    String answer;
    switch (kind) {
      case "teams" -> {
        if (json != null) {
          teams(json, problems);
        }
        status = problems.isEmpty() ? 202 : 400;
        answer = problems.isEmpty() ? "" : "{\"error\":{\"code\":\"BadRequest\",\"message\":\"" + problems + "\"}}";
      }
      case "slack" -> {
        if (json != null) {
          slack(json, problems);
        }
        status = problems.isEmpty() ? 200 : 400;
        answer = problems.isEmpty() ? "ok" : "invalid_payload";
      }
      case "pagerduty" -> {
        if (json != null) {
          pagerDuty(json, problems);
        }
        status = problems.isEmpty() ? 202 : 400;
        answer = problems.isEmpty()
            ? "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"" + json.getString("dedup_key") + "\"}"
            : "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":[\"" + problems + "\"]}";
      }
      case "json" -> {
        String expected = "sha256=" + hmac(body);
        if (!expected.equals(signature)) {
          problems.add("signature " + signature + " is not the HMAC-SHA256 of the body");
        }
        status = problems.isEmpty() ? 204 : 401;
        answer = "";
      }
      default -> {
        status = 500;
        answer = "stand-in failure";
        problems.add("failing on purpose");
      }
    }
    received.add(new Received(kind, contentType, signature, body, status, String.join("; ", problems), Instant.now()));
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  private static void teams(JsonObject json, List<String> problems) {
    if (!"message".equals(string(json, "type"))) {
      problems.add("type must be message");
    }
    JsonArray attachments = json.get("attachments") instanceof JsonArray array ? array : null;
    if (attachments == null || attachments.size() != 1 || !(attachments.get(0) instanceof JsonObject attachment)) {
      problems.add("one attachment expected");
      return;
    }
    if (!"application/vnd.microsoft.card.adaptive".equals(string(attachment, "contentType"))) {
      problems.add("attachment contentType");
    }
    JsonObject card = attachment.get("content") instanceof JsonObject content ? content : null;
    if (card == null || !"AdaptiveCard".equals(string(card, "type")) || string(card, "version") == null
        || !(card.get("body") instanceof JsonArray cardBody) || cardBody.isEmpty()) {
      problems.add("content must be an AdaptiveCard with a version and a body");
    }
  }

  private static void slack(JsonObject json, List<String> problems) {
    String text = string(json, "text");
    if (text == null || text.isBlank()) {
      problems.add("text is required (the notification's fallback)");
    }
    if (json.containsKey("blocks")) {
      if (!(json.get("blocks") instanceof JsonArray blocks) || blocks.size() > 50) {
        problems.add("blocks must be an array of at most 50");
      } else {
        for (JsonValue block : blocks) {
          if (!(block instanceof JsonObject object) || string(object, "type") == null) {
            problems.add("every block needs a type");
          }
        }
      }
    }
  }

  private static void pagerDuty(JsonObject json, List<String> problems) {
    if (!ROUTING_KEY.equals(string(json, "routing_key"))) {
      problems.add("routing_key");
    }
    String action = string(json, "event_action");
    if (!Set.of("trigger", "acknowledge", "resolve").contains(action)) {
      problems.add("event_action " + action);
    }
    String dedupKey = string(json, "dedup_key");
    if (dedupKey == null || dedupKey.length() > 255) {
      problems.add("dedup_key");
    }
    if ("trigger".equals(action)) {
      JsonObject payload = json.get("payload") instanceof JsonObject object ? object : null;
      if (payload == null) {
        problems.add("payload is required to trigger");
        return;
      }
      String summary = string(payload, "summary");
      if (summary == null || summary.isBlank() || summary.length() > 1024) {
        problems.add("payload.summary");
      }
      if (string(payload, "source") == null || string(payload, "source").isBlank()) {
        problems.add("payload.source");
      }
      if (!SEVERITIES.contains(string(payload, "severity"))) {
        problems.add("payload.severity");
      }
    }
  }

  private static JsonObject parse(String body, List<String> problems) {
    try {
      return Json.createReader(new StringReader(body)).readObject();
    } catch (JsonException | IllegalStateException e) {
      problems.add("not a JSON object");
      return null;
    }
  }

  private static String string(JsonObject json, String key) {
    return json.get(key) instanceof JsonString text ? text.getString() : null;
  }

  private static String hmac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
