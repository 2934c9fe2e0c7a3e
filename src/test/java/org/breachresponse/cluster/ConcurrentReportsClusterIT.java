package org.breachresponse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, scenario 4: fifty front-desk reports sent at the same moment through HAProxy to two nodes that started
 * together on a fresh PostgreSQL database. Every report is recorded (201) with its own reference, the references'
 * numbers have no gap, nothing answers 5xx, and both nodes took some of them.
 */
class ConcurrentReportsClusterIT {

  private static final int REPORTS = 50;
  private static final Pattern REFERENCE = Pattern.compile("BR-(\\d{4})-(\\d{4,})");

  private static LocalCluster cluster;

  @BeforeAll
  static void startCluster() {
    Instant started = Instant.now();
    cluster = LocalCluster.builder().startTogether(true).start();
    System.out.printf("ConcurrentReportsClusterIT: both nodes started together and HAProxy up in %d s%n",
        Duration.between(started, Instant.now()).toSeconds());
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void fiftySimultaneousReportsThroughTheBalancerAreAllRecordedWithContiguousReferences() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    URI incidents = cluster.balancer().resolve("api/breach/incidents");
    String authorization = "Basic " + Base64.getEncoder().encodeToString("front-desk:front-desk".getBytes(StandardCharsets.UTF_8));
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    CountDownLatch ready = new CountDownLatch(REPORTS);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(REPORTS);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 1; i <= REPORTS; i++) {
      String body = """
          {"reportedBy":"Reception desk %d","discoveryDate":"%s","signs":["STRANGE_MESSAGES_TO_USERS"],\
          "description":"Ransom note on reception PC number %d"}""".formatted(i, today, i);
      HttpRequest request = HttpRequest.newBuilder(incidents).timeout(Duration.ofMinutes(2))
          .header("Authorization", authorization).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      answers.add(threads.submit(() -> {
        ready.countDown();
        go.await();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      }));
    }
    ready.await();
    Instant released = Instant.now();
    go.countDown();
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : answers) {
      responses.add(answer.get());
    }
    threads.shutdown();
    System.out.printf("ConcurrentReportsClusterIT: %d reports answered in %d ms%n", REPORTS,
        Duration.between(released, Instant.now()).toMillis());

    Map<String, Long> perNode = new TreeMap<>(responses.stream()
        .collect(Collectors.groupingBy(response -> cluster.answeredBy(response).orElse("(no " + LocalCluster.STICKY_COOKIE + " cookie)"),
            Collectors.counting())));
    System.out.println("ConcurrentReportsClusterIT: reports per node " + perNode);
    List<String> failures = responses.stream().filter(response -> response.statusCode() != 201)
        .map(response -> response.statusCode() + " " + response.body()).toList();
    failures.forEach(failure -> System.out.println("ConcurrentReportsClusterIT: not recorded: " + failure));
    assertThat(failures).as("server errors among the answers").noneMatch(failure -> failure.startsWith("5"));
    assertThat(failures).as("reports not recorded (every one should be 201)").isEmpty();

    List<String> references = responses.stream()
        .map(response -> response.headers().firstValue("Location").orElseThrow())
        .map(location -> location.substring(location.lastIndexOf('/') + 1)).toList();
    assertThat(references).as("each report has its own reference").doesNotHaveDuplicates().hasSize(REPORTS)
        .allMatch(reference -> REFERENCE.matcher(reference).matches());
    assertThat(references).as("all in this year's series")
        .allMatch(reference -> reference.startsWith("BR-" + today.substring(0, 4) + "-"));
    List<Integer> numbers = references.stream().map(REFERENCE::matcher).filter(Matcher::matches)
        .map(matcher -> Integer.parseInt(matcher.group(2))).sorted().toList();
    assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("numbers without gaps: " + numbers).isEqualTo(REPORTS - 1);
    assertThat(numbers.get(0)).as("the first reference of a fresh database").isEqualTo(1);

    assertThat(perNode).as("both nodes recorded some of the reports (HAProxy's cookie names the node)")
        .containsOnlyKeys(LocalCluster.NODE_A, LocalCluster.NODE_B);
  }
}
