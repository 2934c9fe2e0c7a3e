package org.breachresponse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.Benchmarks.awaitCount;
import static org.breachresponse.Benchmarks.parallel;
import static org.breachresponse.Benchmarks.printStep;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * The {@code embedded database (H2)} benchmark (docs/benchmarks.md), not a test: the set-up of
 * {@link NotificationTimersBenchmark} driven against a server that is already running, started the way an operator
 * starts it (the README's {@code standalone.sh}, no {@code -ea}), instead of the test server Arquillian starts.
 * {@code benchmark.incidents} (default 10,000) incidents are reported by {@code benchmark.clients} (default 8)
 * parallel clients through our API, each moved by process instance modification to deriving its obligations, and
 * every {@code Plan notifications} is then submitted by the privacy officer: 10,000 incidents leave 20,000 open
 * {@code Send notice} tasks with 60,000 timer jobs. Run it again on the same server for more load: it counts from
 * what is there.
 * <p>
 * It prints how long each step took and, with {@code benchmark.database-file} (the server's
 * {@code breach-response.mv.db}), the file's size after each step; at the end it checks that the server still
 * answers from its database (H2 2.2.224 once closed it under this load, docs/benchmarks.md).
 * <p>
 * Run it with {@code mvn -o -DskipServer -DskipLint test-compile failsafe:integration-test failsafe:verify
 * -Dit.test=EmbeddedDatabaseBenchmark -Dbenchmark.url=http://localhost:8080/camunda/}; the server must run in
 * development mode (the demo users).
 */
class EmbeddedDatabaseBenchmark {

  private static final int INCIDENTS = Integer.getInteger("benchmark.incidents", 10_000);
  private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
  private static final String URL = System.getProperty("benchmark.url", "http://localhost:8080/camunda/");
  private static final String DATABASE_FILE = System.getProperty("benchmark.database-file", "");

  private ApiClient demo;

  @Test
  void embeddedDatabase() throws Exception {
    URL base = url(URL);
    demo = new ApiClient(base, "demo");
    ApiClient officer = new ApiClient(base, "privacy-officer");
    NoticesDue notices = new NoticesDue(new ApiClient(base, "front-desk"), demo, officer);
    long plansBefore = count("engine-rest/task/count?taskDefinitionKey=" + TASK_PLAN_NOTIFICATIONS);
    long sendNoticesBefore = count("engine-rest/task/count?taskDefinitionKey=" + TASK_SEND_NOTICE);
    System.out.printf("embedded database: %d incidents, %d clients, against %s (%d Send notice tasks open before)%n",
        INCIDENTS, CLIENTS, base, sendNoticesBefore);
    printDatabaseFile("before");
    Instant setUp = Instant.now();
    Instant step = Instant.now();
    notices.reportAndSkipToObligations("Load 0", "embedded database benchmark");
    parallel(CLIENTS, INCIDENTS - 1,
        i -> notices.reportAndSkipToObligations("Load " + (i + 1), "embedded database benchmark"));
    step = printStep("reported and moved to Derive notification obligations", step);
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=" + TASK_PLAN_NOTIFICATIONS, plansBefore + INCIDENTS,
        "Plan notifications");
    step = printStep("obligations derived (jobs), Plan notifications open", step);
    printDatabaseFile("after reporting");
    List<String> plans = planTaskIds();
    parallel(CLIENTS, plans.size(), i -> notices.plan(plans.get(i)));
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=" + TASK_SEND_NOTICE, sendNoticesBefore + 2L * INCIDENTS,
        "Send notice");
    printStep("planned, Send notice tasks open", step);
    System.out.printf("set-up: %d s; %d Send notice tasks and %d timer jobs open%n",
        Duration.between(setUp, Instant.now()).toSeconds(), count("engine-rest/task/count?taskDefinitionKey=" + TASK_SEND_NOTICE),
        count("engine-rest/job/count?timers=true"));
    printDatabaseFile("after planning");
    // The database is still open: a new caller logs in (identity from the database) and reads an incident.
    ApiClient.Response incidents = officer.get("api/breach/incidents");
    assertThat(incidents.status()).as(incidents.body()).isEqualTo(200);
    System.out.println("the server still answers from its database (GET api/breach/incidents as privacy-officer: 200)");
  }

  private long count(String path) {
    ApiClient.Response response = demo.get(path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().getJsonNumber("count").longValue();
  }

  /** Every open {@code Plan notifications}: those this run made, as the run before planned all of its own. */
  private List<String> planTaskIds() {
    List<String> ids = new ArrayList<>();
    long open = count("engine-rest/task/count?taskDefinitionKey=" + TASK_PLAN_NOTIFICATIONS);
    for (int first = 0; first < open; first += 1000) {
      demo.get("engine-rest/task?taskDefinitionKey=" + TASK_PLAN_NOTIFICATIONS + "&sortBy=id&sortOrder=asc&firstResult="
          + first + "&maxResults=1000").structure().asJsonArray().getValuesAs(JsonObject.class)
          .forEach(task -> ids.add(task.getString("id")));
    }
    assertThat(ids).hasSize((int) open);
    return ids;
  }

  private static void printDatabaseFile(String when) throws IOException {
    if (!DATABASE_FILE.isEmpty()) {
      System.out.printf("  database file %s: %,d bytes%n", when, Files.size(Path.of(DATABASE_FILE)));
    }
  }

  private static URL url(String url) throws MalformedURLException {
    return URI.create(url).toURL();
  }
}
