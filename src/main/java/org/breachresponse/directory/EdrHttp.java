package org.breachresponse.directory;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The HTTP both EDR adapters share: a bearer-authenticated JSON exchange and the translation of HTTP
 * failures into the {@link EndpointProtection} contract (network error, 429, 5xx: retryable; other 4xx:
 * refused with the vendor's error text). Nothing here puts a token or secret into a message.
 */
final class EdrHttp {

  /**
   * How long one request may wait for the vendor's answer. Short: a job runs under a 30-second lock
   * (engine/EngineConfiguration); a token request and an action together stay within it, so another node
   * takes a job over only when its node died, not because the vendor was slow (docs/adr/0014-cluster-of-nodes.md).
   */
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_ERROR_TEXT = 300;

  /** A status and body as the vendor sent them. */
  record Answer(int status, String body) {

    boolean ok() {
      return status / 100 == 2;
    }

    JsonObject json() {
      return parse(body);
    }

    /** The vendor's own explanation: OData/Graph {@code error.message}, OAuth, or Falcon {@code errors[]}. */
    String errorText() {
      return EdrHttp.errorText(body);
    }
  }

  private final HttpClient client;
  private final ClientCredentialsToken token;
  private final String vendor;

  EdrHttp(HttpClient client, ClientCredentialsToken token, String vendor) {
    this.client = client;
    this.token = token;
    this.vendor = vendor;
  }

  static HttpClient defaultClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * The test connection: a fresh access token. A refusal names the client credentials, an unreachable token
   * endpoint the token URL; the message is the vendor's error text, never the secret or a token.
   */
  ConnectionCheck checkToken() {
    token.forget();
    try {
      token.current();
      return ConnectionCheck.passed();
    } catch (DirectoryUnavailableException e) {
      return ConnectionCheck.failed("tokenUrl", e.getMessage());
    } catch (IllegalStateException e) {
      return ConnectionCheck.failed("clientSecret", e.getMessage());
    }
  }

  Answer get(URI uri) {
    return authorized(HttpRequest.newBuilder(uri).GET());
  }

  Answer postJson(URI uri, JsonObject body) {
    return authorized(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  /** A 2xx answer's JSON, or the exception the contract names for any other status. */
  JsonObject expectOk(Answer answer, String what) {
    if (!answer.ok()) {
      throw failure(vendor, what, answer);
    }
    return answer.json();
  }

  private Answer authorized(HttpRequest.Builder request) {
    Answer answer = exchange(client, request.header("Authorization", "Bearer " + token.current())
        .header("Accept", "application/json").timeout(TIMEOUT).build(), vendor);
    if (answer.status() == 401) {
      token.forget(); // expired or revoked early: the next attempt fetches a fresh one
      throw new DirectoryUnavailableException(vendor + " did not accept our access token (401): "
          + answer.errorText(), null);
    }
    return answer;
  }

  static Answer exchange(HttpClient client, HttpRequest request, String vendor) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new DirectoryUnavailableException(vendor + " could not be reached at " + request.uri().getHost()
          + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailableException("interrupted while calling " + vendor, e);
    }
  }

  static RuntimeException failure(String vendor, String what, Answer answer) {
    String message = vendor + " refused to " + what + " (" + answer.status() + "): " + answer.errorText();
    if (answer.status() == 429 || answer.status() >= 500) {
      return new DirectoryUnavailableException(message, null);
    }
    return new DirectoryRefusedException(message);
  }

  /** {@code base} (perhaps with a path prefix, perhaps with a trailing slash) followed by {@code pathAndQuery}. */
  static URI uri(URI base, String pathAndQuery) {
    String prefix = base.toString();
    return URI.create((prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix) + pathAndQuery);
  }

  /** Percent-encodes a query parameter value, spaces as %20 (OData and FQL servers read '+' literally). */
  static String queryValue(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static JsonObject parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonStructure json = reader.read();
      if (json instanceof JsonObject object) {
        return object;
      }
    } catch (JsonException e) {
      // not JSON: the caller gets an empty object and decides what is missing
    }
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  static String errorText(String body) {
    JsonObject json = parse(body);
    String text = null;
    if (json.get("error") instanceof JsonObject error) {
      text = error.getString("code", "") + " " + error.getString("message", "");
    } else if (json.get("error") instanceof JsonString error) {
      text = error.getString() + " " + json.getString("error_description", "");
    } else if (json.containsKey("errors") && json.get("errors").getValueType() == JsonValue.ValueType.ARRAY) {
      StringBuilder all = new StringBuilder();
      for (JsonValue error : json.getJsonArray("errors")) {
        if (error instanceof JsonObject e) {
          all.append(e.getString("message", e.toString())).append("; ");
        }
      }
      text = all.toString();
    }
    if (text == null || text.isBlank()) {
      text = body == null ? "" : body;
    }
    text = text.replaceAll("\\p{Cntrl}+", " ").strip();
    return text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "…" : text;
  }
}
