package org.breachresponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running server's HTTP APIs as one of the development users, the way a script would. */
public final class ApiClient {

  /**
   * HTTP/1.1, as browsers speak to a plain-HTTP server: the JDK client's default HTTP/2 upgrade of a plain connection
   * (h2c) once read an HTTP/1.1 answer as an HTTP/2 frame in CI ("Frame type(97) ... exceeds MAX_FRAME_SIZE").
   */
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  private final String authorization;

  public ApiClient(URL base, String user) {
    this(base, user, user);
  }

  public ApiClient(URL base, String user, String password) {
    this(root(base), "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private ApiClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** A caller without credentials. */
  public static ApiClient anonymous(URL base) {
    return new ApiClient(root(base), null);
  }

  private static URI root(URL base) {
    return URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A GET whose answer is asked for as {@code accept}, e.g. {@code text/csv}. */
  public Response get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST whose answer is asked for as {@code accept}, e.g. the HAL the Tasklist reads its filters in. */
  public Response post(String path, String accept, String json) {
    return send(request(path).setHeader("Accept", accept).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** Any method with a body of that type, e.g. a PATCH or a CSV upload. */
  public Response send(String method, String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A binary answer (a PDF): its status, type and bytes. */
  public Download download(String path) {
    try {
      HttpResponse<byte[]> response = http.send(request(path).setHeader("Accept", "application/pdf, application/problem+json")
          .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A downloaded file. */
  public record Download(int status, String contentType, byte[] body) {
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Accept", "application/json, application/problem+json");
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer. */
  public record Response(int status, String contentType, String location, String body) {

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }
}
