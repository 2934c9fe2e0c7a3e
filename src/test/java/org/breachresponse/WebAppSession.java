package org.breachresponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A session of the Camunda web apps, as a signed-in browser holds it: the session cookie from the web apps'
 * login and, on every request, the newest CSRF token from the {@code XSRF-TOKEN} cookie. Calls what Cockpit
 * calls ({@code api/engine/engine/default/...}) and our API's reads with the session alone.
 */
public final class WebAppSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final URI base;

  private WebAppSession(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  /** Signs a development user (password = id) into {@code app} (cockpit, tasklist, admin, welcome). */
  public static WebAppSession signIn(URL base, String user, String app) {
    WebAppSession session = new WebAppSession(base);
    ApiClient.Response login = session.login(user, user, app);
    if (login.status() != 200) {
      throw new IllegalStateException(user + " could not sign into " + app + ": " + login.status() + " " + login.body());
    }
    // The signed-in session has no CSRF token yet: the next read issues it, as the web apps' next page load does.
    session.get("api/admin/auth/user/default");
    return session;
  }

  /** The web apps' answer to signing {@code user} into {@code app}: 200 signed in, 401 wrong password, 403 not theirs. */
  public static ApiClient.Response trySignIn(URL base, String user, String password, String app) {
    return new WebAppSession(base).login(user, password, app);
  }

  private ApiClient.Response login(String user, String password, String app) {
    get("api/admin/auth/user/default");
    return send(request("api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
  }

  public ApiClient.Response get(String path) {
    return send(request(path).GET());
  }

  public ApiClient.Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public ApiClient.Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public ApiClient.Response delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Accept", "application/json, application/problem+json");
    cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
        .map(HttpCookie::getValue).reduce((first, newest) -> newest)
        .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return request;
  }

  private ApiClient.Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
