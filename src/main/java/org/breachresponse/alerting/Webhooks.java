package org.breachresponse.alerting;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts an alert's JSON to a webhook. Any answer but 2xx, and any network failure, is an
 * {@link AlertNotDeliveredException} naming the channel, its host and the status with the start of the answer.
 */
final class Webhooks {

  /** The signature header of a signed JSON webhook: {@code sha256=} and the hex HMAC-SHA256 of the body's bytes. */
  static final String SIGNATURE_HEADER = "X-Breach-Response-Signature";
  static final String EVENT_HEADER = "X-Breach-Response-Event";
  /** Short: a delivery runs as a job under the engine's lock and must not hold a job thread long. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int ANSWER_SHOWN = 200;

  private final HttpClient client;

  Webhooks(HttpClient client) {
    this.client = client;
  }

  static Webhooks withDefaultClient() {
    return new Webhooks(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build());
  }

  void post(String channelName, URI url, JsonObject body, Map<String, String> headers) {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "BreachResponse")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    headers.forEach(request::header);
    String where = "the alert channel '" + channelName + "' (" + url.getHost() + ")";
    try {
      HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 != 2) {
        String text = answer.body() == null ? "" : answer.body().replaceAll("\\p{Cntrl}+", " ").strip();
        throw new AlertNotDeliveredException(where + " answered " + answer.statusCode()
            + (text.isEmpty() ? "" : ": " + (text.length() > ANSWER_SHOWN ? text.substring(0, ANSWER_SHOWN) + "…" : text)),
            null);
      }
    } catch (IOException e) {
      throw new AlertNotDeliveredException(where + " could not be reached: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AlertNotDeliveredException("interrupted while alerting through " + where, e);
    }
  }

  /** {@code sha256=} and the lower-case hex HMAC-SHA256 of {@code body}'s UTF-8 bytes under {@code secret}. */
  static String signature(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
