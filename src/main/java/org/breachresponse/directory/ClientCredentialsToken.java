package org.breachresponse.directory;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An OAuth 2.0 client-credentials bearer token (RFC 6749 §4.4), fetched on first use and kept until
 * shortly before it expires. Defender gets it from Entra ID ({@code /{tenant}/oauth2/v2.0/token} with a
 * {@code scope}), Falcon from {@code /oauth2/token} (docs/platform-notes.md, 'OAuth client credentials'). The
 * token and the secret never appear in a message.
 */
final class ClientCredentialsToken {

  /** Renew this long before the vendor's expiry, so a token never runs out in flight. */
  static final Duration MARGIN = Duration.ofSeconds(60);

  private final HttpClient client;
  private final URI tokenUrl;
  private final Map<String, String> form;
  private final String vendor;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  ClientCredentialsToken(HttpClient client, URI tokenUrl, Map<String, String> form, String vendor, Clock clock) {
    this.client = client;
    this.tokenUrl = tokenUrl;
    this.form = new LinkedHashMap<>(form);
    this.vendor = vendor;
    this.clock = clock;
  }

  synchronized String current() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      fetch();
    }
    return token;
  }

  synchronized void forget() {
    token = null;
  }

  private void fetch() {
    String body = form.entrySet().stream()
        .map(e -> EdrHttp.queryValue(e.getKey()) + "=" + EdrHttp.queryValue(e.getValue()))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(EdrHttp.TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    EdrHttp.Answer answer = EdrHttp.exchange(client, request, vendor);
    if (!answer.ok()) {
      throw EdrHttp.failure(vendor, "issue an access token", answer);
    }
    JsonObject json = answer.json();
    String issued = json.getString("access_token", "");
    if (issued.isEmpty()) {
      throw new DirectoryRefusedException(vendor + " answered the token request without an access_token");
    }
    // a number per RFC 6749; absent or odd, the token is used for this call only
    long seconds = json.get("expires_in") instanceof JsonNumber n ? n.longValue() : 0;
    token = issued;
    renewAt = clock.instant().plusSeconds(seconds).minus(MARGIN);
  }
}
