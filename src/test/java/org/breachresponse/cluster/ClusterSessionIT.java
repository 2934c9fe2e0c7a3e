package org.breachresponse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.breachresponse.ApiClient;
import org.breachresponse.Browser;
import org.breachresponse.TasklistTasks;
import org.breachresponse.process.BreachResponseProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Issue 15, scenario 3: an IT responder works in the Tasklist through HAProxy, which keeps their browser on one
 * node (the BREACH_NODE cookie). That node dies ({@code kill -9}) with the task claimed; the responder signs in
 * again through HAProxy, lands on the other node, finds the task as they left it (claimed by them) and completes it
 * there, in a real headless Chromium. Meanwhile an API client reading through HAProxy without cookies sees at most
 * one failed request (the one in flight on the dead node).
 */
class ClusterSessionIT {

  private static final String CONFIRM_BREACH = "Confirm the breach";
  private static final String RESPONDER = "it-responder";

  private static LocalCluster cluster;

  @BeforeAll
  static void startCluster() {
    Browser.requireChromium();
    Instant started = Instant.now();
    // One after the other: ConcurrentReportsClusterIT starts its nodes at the same moment.
    cluster = LocalCluster.builder().startTogether(false).start();
    System.out.printf("ClusterSessionIT: both nodes started (one after the other) and HAProxy up in %d s%n",
        Duration.between(started, Instant.now()).toSeconds());
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void responderFinishesClaimedTaskOnTheOtherNodeAfterTheirNodeDies() {
    URL balancer = url(cluster.balancer());
    String reference = reportBreach(balancer);
    String first;

    try (Browser browser = Browser.open(ClusterSessionIT.class)) {
      TasklistTasks tasks = new TasklistTasks(browser);
      browser.openTasklist(balancer);
      browser.signIn(RESPONDER);
      tasks.findInMyGroupsTasks(CONFIRM_BREACH, reference);
      tasks.open(CONFIRM_BREACH, reference);
      tasks.claim();
      browser.screenshot("1-claimed");
      first = stickyNode(browser);
      assertThat(assignee(balancer, reference)).as("the task claimed in the engine").isEqualTo(RESPONDER);

      ApiReader reader = new ApiReader(cluster.balancer().resolve("api/breach/incidents/" + reference));
      Thread reading = new Thread(reader, "api-client-during-kill");
      reading.start();
      Instant killed = Instant.now();
      cluster.kill(first);
      System.out.printf("ClusterSessionIT: killed %s (the responder's node); HAProxy saw it down after %d ms%n",
          first, Duration.between(killed, Instant.now()).toMillis());
      reader.stopAfter(Duration.ofSeconds(5));
      joinQuietly(reading);
      System.out.printf("ClusterSessionIT: an API client reading without cookies through HAProxy around the kill: %d"
          + " requests, %d failed %s%n", reader.requests(), reader.failures().size(), reader.failures());
      assertThat(reader.requests()).as("requests the API client made around the kill").isGreaterThan(10);
      assertThat(reader.failures()).as("the API client's failed requests around the kill (at most the one in flight)")
          .hasSizeLessThanOrEqualTo(1);

      browser.openTasklist(balancer);
      browser.signIn(RESPONDER);
      String second = stickyNode(browser);
      assertThat(second).as("the node the responder's browser sticks to after signing in again").isNotEqualTo(first);
      tasks.findInMyGroupsTasks(CONFIRM_BREACH, reference);
      tasks.open(CONFIRM_BREACH, reference);
      browser.waitUntil("the task still claimed by " + RESPONDER + " (the Unclaim button beside the assignee)",
          visibilityOfElementLocated(By.cssSelector("section.task-details button.unclaim")));
      browser.screenshot("2-still-claimed-on-" + second);
      tasks.choose("Confirmed: this is a security incident");
      tasks.type("Reason for the decision", "Ransom note on the reception PC; confirmed after the first server went down.");
      tasks.complete();
      browser.waitUntil("'" + CONFIRM_BREACH + "' for " + reference + " leaves the task list",
          invisibilityOfElementLocated(TasklistTasks.card(CONFIRM_BREACH, reference)));
      browser.screenshot("3-completed");
      System.out.printf("ClusterSessionIT: the responder completed the task on %s, %d s after %s was killed%n",
          second, Duration.between(killed, Instant.now()).toSeconds(), first);
    }

    List<JsonObject> history = new ApiClient(balancer, "demo").get("engine-rest/history/task?processInstanceBusinessKey="
        + reference + "&taskDefinitionKey=" + BreachResponseProcess.TASK_CONFIRM_BREACH).structure().asJsonArray()
        .getValuesAs(JsonObject.class);
    assertThat(history).as("the engine's history of '%s' for %s", CONFIRM_BREACH, reference).hasSize(1);
    assertThat(history.get(0).getString("deleteReason")).as("how the task ended").isEqualTo("completed");
    assertThat(history.get(0).getString("assignee")).as("who completed it").isEqualTo(RESPONDER);
    assertThat(history.get(0).isNull("endTime")).as("the task has ended").isFalse();

    // The killed node comes back and takes requests again, seeing what the other node did meanwhile.
    Instant restarting = Instant.now();
    cluster.start(first);
    System.out.printf("ClusterSessionIT: %s started again and back in HAProxy in %d s%n", first,
        Duration.between(restarting, Instant.now()).toSeconds());
    JsonObject triage = new ApiClient(url(cluster.node(first)), "privacy-officer").get("api/breach/incidents/" + reference)
        .json().getJsonObject("triage");
    assertThat(triage).as("the triage of %s, read on the restarted %s", reference, first).isNotNull();
    assertThat(triage.getString("decision")).isEqualTo("CONFIRMED");
    assertThat(triage.getString("triagedBy")).isEqualTo(RESPONDER);
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(Duration.ofSeconds(60).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * An API client as scripts are: HTTP Basic, no cookies (so HAProxy sends it round robin), one request after the
   * other, from before the kill until a while after HAProxy saw the node down.
   */
  private static final class ApiReader implements Runnable {

    private final URI uri;
    private final HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Instant until = Instant.MAX;

    ApiReader(URI uri) {
      this.uri = uri;
    }

    void stopAfter(Duration more) {
      until = Instant.now().plus(more);
    }

    int requests() {
      return requests.get();
    }

    List<String> failures() {
      return failures;
    }

    @Override
    public void run() {
      String credentials = Base64.getEncoder().encodeToString("privacy-officer:privacy-officer".getBytes());
      while (Instant.now().isBefore(until)) {
        requests.incrementAndGet();
        try {
          HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
              .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            failures.add(Integer.toString(response.statusCode()));
          }
        } catch (IOException e) {
          failures.add(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        pauseBriefly();
      }
    }

    private static void pauseBriefly() {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String reportBreach(URL balancer) {
    ApiClient.Response created = new ApiClient(balancer, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["STRANGE_MESSAGES_TO_USERS"],
         "description": "A ransom note appeared on the reception PC"}""".formatted(LocalDate.now(ZoneOffset.UTC)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("reference");
  }

  private static String assignee(URL balancer, String reference) {
    List<JsonObject> open = new ApiClient(balancer, "demo").get("engine-rest/task?processInstanceBusinessKey=" + reference
        + "&taskDefinitionKey=" + BreachResponseProcess.TASK_CONFIRM_BREACH).structure().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(open).as("the open '%s' task of %s", CONFIRM_BREACH, reference).hasSize(1);
    return open.get(0).isNull("assignee") ? null : open.get(0).getString("assignee");
  }

  /** The node HAProxy keeps this browser on: its BREACH_NODE cookie. */
  private static String stickyNode(Browser browser) {
    Cookie cookie = browser.driver().manage().getCookieNamed(LocalCluster.STICKY_COOKIE);
    assertThat(cookie).as("HAProxy's " + LocalCluster.STICKY_COOKIE + " cookie in the browser").isNotNull();
    return cluster.nodeForCookie(cookie.getValue());
  }

  private static URL url(URI uri) {
    try {
      return uri.toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
