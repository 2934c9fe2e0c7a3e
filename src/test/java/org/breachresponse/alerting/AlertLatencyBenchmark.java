package org.breachresponse.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breachresponse.ApiClient;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code alert latency} benchmark (docs/benchmarks.md), not a test: named so that no test run picks it up, and
 * asserting no time, only that every alert arrived. {@code benchmark.reports} (default 200) breaches are reported
 * through our API by {@code benchmark.clients} (default 4) parallel clients; for each it measures the time from
 * sending {@code POST /incidents} to the alert arriving at a signed JSON webhook (the stand-in in this JVM) and to
 * the e-mail arriving in GreenMail (in this JVM, where the server's mail session points), and prints p50/p95/p99/max;
 * then makes {@code benchmark.late} (default 50) of their {@code Confirm the breach} targets pass at one moment and
 * prints how late after it each "Target missed" e-mail arrived.
 * Run it with {@code mvn -o -DskipUTs -DskipLint verify -Dit.test=AlertLatencyBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dbreach.test.enable-assertions=false}.
 */
class AlertLatencyBenchmark extends InServerTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  private static final int REPORTS = Integer.getInteger("benchmark.reports", 200);
  private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
  private static final int LATE = Integer.getInteger("benchmark.late", 50);
  private static final Pattern REFERENCE = Pattern.compile("BR-\\d{4}-\\d+");

  @Test
  void alertLatency() throws Exception {
    ApiClient owner = new ApiClient(base, "practice-owner");
    try (WebhookStandIn standIn = new WebhookStandIn()) {
      ApiClient.Response added = owner.post("api/breach/practices/practice/alert-channels", """
          {"kind": "SIGNED_JSON", "name": "Benchmark webhook", "url": "%s", "secret": "%s"}"""
          .formatted(standIn.url("/json/benchmark"), WebhookStandIn.HMAC_SECRET));
      assertThat(added.status()).as(added.body()).isEqualTo(201);
      try {
        measure(standIn);
      } finally {
        owner.delete("api/breach/practices/practice/alert-channels/" + added.json().getString("id"));
      }
    }
  }

  private void measure(WebhookStandIn standIn) throws Exception {
    Map<String, Instant> sent = new ConcurrentHashMap<>();
    Map<String, Instant> mailed = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
    Future<?> watcher = clients.submit(() -> watchMail(mailed));
    Instant started = Instant.now();
    List<Future<?>> reports = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      reports.add(clients.submit(() -> {
        ApiClient frontDesk = new ApiClient(base, "front-desk");
        Instant at = Instant.now();
        ApiClient.Response reported = frontDesk.post("api/breach/incidents", """
            {"practice": "practice", "reportedBy": "Benchmark", "discoveryDate": "%s",
             "signs": ["UNUSUAL_NETWORK_ACTIVITY"], "description": "alert latency benchmark"}"""
            .formatted(LocalDate.now(ZoneOffset.UTC)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        sent.put(reported.json().getString("reference"), at);
      }));
    }
    for (Future<?> report : reports) {
      report.get();
    }
    System.out.printf("%d reports by %d clients in %d ms%n", REPORTS, CLIENTS,
        Duration.between(started, Instant.now()).toMillis());
    Instant deadline = Instant.now().plusSeconds(300);
    while ((arrived(standIn, sent).size() < REPORTS || mailed.keySet().stream().filter(sent::containsKey).count() < REPORTS)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    watcher.cancel(true);
    clients.shutdownNow();
    Map<String, Instant> hooked = arrived(standIn, sent);
    assertThat(hooked).as("webhook alerts").hasSize(REPORTS);
    assertThat(mailed.keySet().stream().filter(sent::containsKey).count()).as("e-mails").isEqualTo(REPORTS);
    print("webhook", sent, hooked);
    print("e-mail", sent, mailed);
    escalations(new ArrayList<>(sent.keySet()).subList(0, Math.min(LATE, sent.size())));
  }

  /**
   * {@code benchmark.late} (default 50) of the reported incidents' {@code Confirm the breach} targets made to pass at
   * one moment T, 10 s ahead: how late after T each "Target missed" e-mail arrives.
   */
  private void escalations(List<String> references) throws Exception {
    ApiClient demo = new ApiClient(base, "demo");
    Instant due = Instant.now().plusSeconds(10);
    for (String reference : references) {
      String instance = demo.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray()
          .getJsonObject(0).getString("id");
      String timer = demo.get("engine-rest/job?processInstanceId=" + instance + "&activityId="
          + org.breachresponse.process.BreachResponseProcess.TIMER_CONFIRM_BREACH_TARGET).structure().asJsonArray()
          .getJsonObject(0).getString("id");
      assertThat(demo.put("engine-rest/job/" + timer + "/duedate", "application/json",
          org.breachresponse.EngineTasks.jobDueDate(due)).status()).isEqualTo(204);
    }
    Map<String, Instant> late = new ConcurrentHashMap<>();
    Instant deadline = due.plusSeconds(300);
    while (late.size() < references.size() && Instant.now().isBefore(deadline)) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        Matcher reference = REFERENCE.matcher(message.getSubject());
        if (message.getSubject().startsWith("Target missed") && reference.find()
            && references.contains(reference.group())) {
          late.putIfAbsent(reference.group(), Instant.now());
        }
      }
      Thread.sleep(20);
    }
    assertThat(late).as("late-step e-mails").hasSize(references.size());
    Map<String, Instant> at = new ConcurrentHashMap<>();
    references.forEach(reference -> at.put(reference, due));
    print("escalation (after the target passed)", at, late);
  }

  private static Map<String, Instant> arrived(WebhookStandIn standIn, Map<String, Instant> sent) {
    Map<String, Instant> arrived = new ConcurrentHashMap<>();
    for (WebhookStandIn.Received request : standIn.received("json")) {
      assertThat(request.problem()).isEmpty();
      String reference = request.json().getJsonObject("incident").getString("reference");
      if (sent.containsKey(reference)) {
        arrived.putIfAbsent(reference, request.at());
      }
    }
    return arrived;
  }

  /** Notes when each alert e-mail is first seen in GreenMail (polled every 20 ms). */
  private static void watchMail(Map<String, Instant> mailed) {
    while (!Thread.currentThread().isInterrupted()) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        try {
          Matcher reference = REFERENCE.matcher(message.getSubject());
          if (message.getSubject().startsWith("Suspected breach") && reference.find()) {
            mailed.putIfAbsent(reference.group(), Instant.now());
          }
        } catch (MessagingException e) {
          throw new IllegalStateException(e);
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void print(String what, Map<String, Instant> sent, Map<String, Instant> arrived) {
    List<Long> millis = new ArrayList<>();
    arrived.forEach((reference, at) -> millis.add(Duration.between(sent.get(reference), at).toMillis()));
    Collections.sort(millis);
    System.out.printf("%s: report to arrival over %d reports: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", what,
        millis.size(), percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
        millis.get(millis.size() - 1));
  }

  private static long percentile(List<Long> sorted, int percent) {
    return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
  }
}
