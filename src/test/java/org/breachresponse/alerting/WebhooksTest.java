package org.breachresponse.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting an alert to a webhook: what is sent, the signature, and what a failure says. */
class WebhooksTest {

  private static final String SECRET = "3f1c0a9e5b7d4e2f8a6c1b0d9e8f7a6b5c4d3e2f1a0b";
  private static final String TOKEN_PATH = "/hook/SECRET-TOKEN";

  /** One request as the server received it. */
  record Received(String method, String path, String contentType, String event, String signature, byte[] body) {
  }

  private HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "ok";

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", exchange -> {
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst(Webhooks.EVENT_HEADER),
          exchange.getRequestHeaders().getFirst(Webhooks.SIGNATURE_HEADER),
          exchange.getRequestBody().readAllBytes()));
      if (exchange.getRequestURI().getPath().equals("/redirect")) {
        exchange.getResponseHeaders().add("Location", "/elsewhere");
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static final JsonObject BODY = Json.createObjectBuilder().add("event", "breach.reported")
      .add("practice", Json.createObjectBuilder().add("name", "Zahnärzte Müller & Co — “Süd”"))
      .add("summary", "Suspected breach BR-2026-0007").build();

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  @Test
  void theSignatureIsTheHexHmacSha256OfTheBody() throws Exception {
    String body = BODY.toString();

    String signature = Webhooks.signature(SECRET, body);

    assertThat(signature).isEqualTo("sha256=" + hmac(SECRET, body)).matches("sha256=[0-9a-f]{64}");
    assertThat(Webhooks.signature(SECRET, body + " ")).isNotEqualTo(signature);
    assertThat(Webhooks.signature(SECRET.replace('3', '4'), body)).isNotEqualTo(signature);
  }

  @Test
  void theSignatureMatchesAKnownVector() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    assertThat(Webhooks.signature("Jefe", "what do ya want for nothing?"))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void itPostsTheJsonBodyWithTheGivenHeaders() throws Exception {
    String signature = Webhooks.signature(SECRET, BODY.toString());

    new Webhooks(HttpClient.newHttpClient()).post("SIEM", url(TOKEN_PATH), BODY,
        Map.of(Webhooks.SIGNATURE_HEADER, signature, Webhooks.EVENT_HEADER, "breach.reported"));

    assertThat(received).hasSize(1);
    Received request = received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(TOKEN_PATH);
    assertThat(request.contentType()).startsWith("application/json");
    assertThat(request.event()).isEqualTo("breach.reported");
    assertThat(request.signature()).isEqualTo(signature);
    assertThat(request.body()).isEqualTo(BODY.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(request.signature()).isEqualTo("sha256=" + hmac(SECRET, new String(request.body(),
        StandardCharsets.UTF_8)));
    assertThat(HexFormat.of().formatHex(request.body())).contains(HexFormat.of().formatHex("ä".getBytes(
        StandardCharsets.UTF_8)));
  }

  @Test
  void everyTwoHundredAnswerIsDelivered() {
    Webhooks webhooks = new Webhooks(HttpClient.newHttpClient());
    for (int code : new int[] {200, 202, 204}) {
      status = code;
      answer = code == 204 ? "" : "{\"status\":\"success\"}";

      webhooks.post("On-call", url(TOKEN_PATH), BODY, Map.of());
    }
    assertThat(received).hasSize(3);
  }

  @Test
  void aServerErrorIsNotDelivered() {
    status = 500;
    answer = "Internal failure";

    AlertNotDeliveredException failed = catchThrowableOfType(
        () -> new Webhooks(HttpClient.newHttpClient()).post("On-call Teams", url(TOKEN_PATH), BODY, Map.of()),
        AlertNotDeliveredException.class);

    assertThat(failed).isNotNull();
    assertThat(failed.getMessage()).contains("On-call Teams", "127.0.0.1", "500", "Internal failure")
        .doesNotContain("SECRET-TOKEN", "/hook", url(TOKEN_PATH).toString());
    assertThat(received).hasSize(1);
  }

  @Test
  void aRefusalIsNotDelivered() {
    status = 400;
    answer = "invalid_payload";

    AlertNotDeliveredException failed = catchThrowableOfType(
        () -> new Webhooks(HttpClient.newHttpClient()).post("Ops Slack", url(TOKEN_PATH), BODY, Map.of()),
        AlertNotDeliveredException.class);

    assertThat(failed).isNotNull();
    assertThat(failed.getMessage()).contains("Ops Slack", "127.0.0.1", "400", "invalid_payload")
        .doesNotContain("SECRET-TOKEN", "/hook");
  }

  @Test
  void aLongAnswerIsShownCutAndOnOneLine() {
    status = 500;
    answer = "line one\r\nline two " + "x".repeat(1000);

    AlertNotDeliveredException failed = catchThrowableOfType(
        () -> new Webhooks(HttpClient.newHttpClient()).post("Ops", url(TOKEN_PATH), BODY, Map.of()),
        AlertNotDeliveredException.class);

    assertThat(failed.getMessage()).contains("line one line two").doesNotContain("\n", "\r", "x".repeat(300))
        .hasSizeLessThan(400);
  }

  @Test
  void aRedirectIsNotFollowed() {
    status = 302;
    answer = "";

    AlertNotDeliveredException failed = catchThrowableOfType(
        () -> Webhooks.withDefaultClient().post("Ops", url("/redirect"), BODY, Map.of()),
        AlertNotDeliveredException.class);

    assertThat(failed).isNotNull();
    assertThat(failed.getMessage()).contains("302");
    assertThat(received).extracting(Received::path).containsExactly("/redirect");
  }

  @Test
  void aClosedPortIsNotDelivered() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + closedPort + TOKEN_PATH);

    AlertNotDeliveredException failed = catchThrowableOfType(
        () -> new Webhooks(HttpClient.newHttpClient()).post("On-call", closed, BODY, Map.of()),
        AlertNotDeliveredException.class);

    assertThat(failed).isNotNull();
    assertThat(failed.getMessage()).contains("On-call", "127.0.0.1").doesNotContain("SECRET-TOKEN", "/hook");
    assertThat(failed.getCause()).isInstanceOf(IOException.class);
  }
}
