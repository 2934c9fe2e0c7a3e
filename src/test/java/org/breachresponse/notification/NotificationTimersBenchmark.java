package org.breachresponse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.Benchmarks.awaitCount;
import static org.breachresponse.Benchmarks.parallel;
import static org.breachresponse.Benchmarks.printPercentiles;
import static org.breachresponse.Benchmarks.printStep;
import static org.breachresponse.Benchmarks.timed;
import static org.breachresponse.process.BreachResponseProcess.TASK_EMAIL_OVERDUE_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TIMER_NOTICE_OVERDUE;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.TestServerPostgresql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code notification timers} benchmark (docs/benchmarks.md), not a test: it is named so that no test run
 * picks it up and asserts no time, only what makes the figures meaningful (every task and escalation exists).
 * <ol>
 *   <li>Set-up: {@code benchmark.incidents} (default 10,000) incidents reported through our API by parallel
 *       clients, each moved by the engine's process instance modification from {@code Confirm the breach} to
 *       {@code Derive notification obligations}; with no scope recorded each owes the HIPAA individuals' notice
 *       and the HHS log entry, so after {@code Plan notifications} each has two {@code Send notice} tasks with
 *       three timers each. Prints how long each step took.</li>
 *   <li>Task query: as the privacy officer, 200 timed calls ({@code benchmark.query-calls}; after 20 untimed) of
 *       the group's task list and count through the engine REST API, and of the Tasklist's "My group's tasks"
 *       filter; prints p50/p95/p99.
 *       The same list as {@code demo}, whom the engine's authorization check skips, is timed for comparison.</li>
 *   <li>Escalation lateness: a deadline wave. The {@code Timer_NoticeOverdue} jobs of {@code benchmark.wave}
 *       (default 1,000) individuals' notices are set to fall due at one moment T, on a server whose job executor
 *       has been idle for a while, as at 23:59 of a quiet day; prints how late after T each timer fired and each
 *       escalation e-mail was sent and recorded (from the engine's history), p50/p95/p99/max.</li>
 *   <li>Lone deadlines: then {@code benchmark.lone-deadlines} (default 5) more notices' deadlines, one at a time,
 *       each set to fall due 12 s ahead on the idle server; prints how late each fired and escalated.</li>
 * </ol>
 * Run it with {@code mvn -o -DskipUTs -DskipLint verify -Dit.test=NotificationTimersBenchmark
 * -Dbreach.test.server-heap=1536m -Dbreach.test.enable-assertions=false} (as root, like the tests; without Java
 * assertions, as an operator runs the server), on H2 or with {@code -Dbreach.database=postgresql}.
 * GreenMail runs in this JVM and takes the e-mails.
 */
class NotificationTimersBenchmark extends InServerTest {

  private static final int INCIDENTS = Integer.getInteger("benchmark.incidents", 10_000);
  private static final int WAVE = Math.min(INCIDENTS, Integer.getInteger("benchmark.wave", 1000));
  private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
  private static final int TIMED_CALLS = Integer.getInteger("benchmark.query-calls", 200);
  /** Lone deadlines after the wave, one at a time on the idle server (needs incidents beyond the wave). */
  private static final int LONE = Math.min(INCIDENTS - WAVE, Integer.getInteger("benchmark.lone-deadlines", 5));
  /** How long the server is left idle before each lone deadline falls due, counted from its rewrite. */
  private static final Duration LONE_AHEAD = Duration.ofSeconds(12);
  private static final int WARM_UP_CALLS = Math.min(20, TIMED_CALLS / 10);
  /** The job executor backs off to one acquisition a minute when it finds nothing; the wave starts from there. */
  private static final Duration IDLE_BEFORE_WAVE = Duration.ofSeconds(75);

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  private ApiClient demo;
  private ApiClient officer;
  private ApiClient frontDesk;
  private NoticesDue notices;

  @Test
  void notificationTimers() throws Exception {
    demo = new ApiClient(base, "demo");
    officer = new ApiClient(base, "privacy-officer");
    frontDesk = new ApiClient(base, "front-desk");
    notices = new NoticesDue(frontDesk, demo, officer);
    System.out.printf("notification timers: %d incidents, a wave of %d deadlines, %d clients%n", INCIDENTS, WAVE, CLIENTS);
    Instant setUp = Instant.now();
    Instant step = Instant.now();
    // The year's first report alone: concurrent first reports of a year collide creating its reference counter.
    reportAndSkipToObligations(0);
    parallel(CLIENTS, INCIDENTS - 1, i -> reportAndSkipToObligations(i + 1));
    step = printStep("reported and moved to Derive notification obligations", step);
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=Task_PlanNotifications", INCIDENTS, "Plan notifications");
    step = printStep("obligations derived (jobs), Plan notifications open", step);
    List<String> plans = taskIds(TASK_PLAN_NOTIFICATIONS, INCIDENTS);
    parallel(CLIENTS, plans.size(), i -> notices.plan(plans.get(i)));
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=Task_SendNotice", 2 * INCIDENTS, "Send notice");
    printStep("planned, Send notice tasks open", step);
    System.out.printf("set-up: %d s; %s timer jobs waiting%n", Duration.between(setUp, Instant.now()).toSeconds(),
        demo.get("engine-rest/job/count?timers=true").json().getJsonNumber("count"));

    analyzeOnPostgresql();
    Instant quietSince = Instant.now();
    measureTaskQueries();
    deadlineWave(quietSince);
    loneDeadlines();
  }

  /**
   * On PostgreSQL, the planner's statistics brought up to date after the set-up, as autovacuum does within a minute
   * or so of a change this large (its {@code autovacuum_naptime}): the queries are then measured as an installation
   * meets them, not in the minute after 20,000 tasks appeared. Without it the first run of issue 16 planned the task
   * page from statistics taken mid-way through the set-up (docs/benchmarks.md, "task queries at 20,000 open tasks").
   */
  private static void analyzeOnPostgresql() throws SQLException {
    if (!TestServerPostgresql.inUse()) {
      return;
    }
    Instant start = Instant.now();
    try (Connection connection = TestServerPostgresql.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    }
    System.out.printf("PostgreSQL statistics updated (ANALYZE) in %d ms%n", Duration.between(start, Instant.now()).toMillis());
  }

  private void reportAndSkipToObligations(int i) {
    notices.reportAndSkipToObligations("Benchmark " + i, "notification timers benchmark");
  }

  private void measureTaskQueries() {
    String filterId = officer.get("engine-rest/filter?resourceType=Task&name=My%20group%27s%20tasks").structure()
        .asJsonArray().getJsonObject(0).getString("id");
    String group = "candidateGroups=privacy-officer&includeAssignedTasks=true";
    String list = "engine-rest/task?" + group + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50";
    String count = "engine-rest/task/count?" + group;
    String filter = "engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
    String sorting = "{\"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]}";
    assertThat(officer.get(list).structure().asJsonArray()).hasSize(50);
    System.out.printf("task query as privacy-officer (%s of the group's tasks), %d calls each after %d untimed:%n",
        officer.get(count).json().getJsonNumber("count"), TIMED_CALLS, WARM_UP_CALLS);
    long[][] millis = new long[4][TIMED_CALLS];
    for (int call = -WARM_UP_CALLS; call < TIMED_CALLS; call++) {
      long[] took = {
          timed(() -> officer.get(list)),
          timed(() -> officer.get(count)),
          timed(() -> officer.post(filter, "application/hal+json", sorting)),
          timed(() -> demo.get(list))};
      if (call >= 0) {
        for (int q = 0; q < took.length; q++) {
          millis[q][call] = took[q];
        }
      }
    }
    printPercentiles("  GET task?candidateGroups&includeAssignedTasks, 50 by due date", millis[0], "ms");
    printPercentiles("  GET task/count, same criteria", millis[1], "ms");
    printPercentiles("  POST filter/{My group's tasks}/list, HAL, 15 by due date", millis[2], "ms");
    // For the analysis only: an administrator's queries skip the engine's authorization check.
    printPercentiles("  (the same list as demo, an administrator: no authorization check)", millis[3], "ms");
  }

  private void deadlineWave(Instant quietSince) throws InterruptedException {
    JsonArray jobs = demo.get("engine-rest/job?activityId=Timer_NoticeOverdue&sortBy=jobDueDate&sortOrder=asc"
        + "&firstResult=0&maxResults=" + WAVE).structure().asJsonArray();
    assertThat(jobs).hasSize(WAVE);
    String individualsDue = jobs.getJsonObject(0).getString("dueDate");
    assertThat(jobs.getValuesAs(JsonObject.class)).as("all are individuals' notices, due the same day")
        .allMatch(job -> job.getString("dueDate").equals(individualsDue));
    Instant at = Instant.now().plusSeconds(20 + WAVE / 50);
    Instant idleUntil = quietSince.plus(IDLE_BEFORE_WAVE);
    if (at.isBefore(idleUntil)) {
      at = idleUntil;
    }
    Instant due = at;
    String dueDate = EngineTasks.jobDueDate(due);
    Instant rewriting = Instant.now();
    parallel(CLIENTS, WAVE, i -> {
      ApiClient.Response set = demo.put("engine-rest/job/" + jobs.getJsonObject(i).getString("id") + "/duedate",
          "application/json", dueDate);
      assertThat(set.status()).as(set.body()).isEqualTo(204);
    });
    System.out.printf("deadline wave: %d Timer_NoticeOverdue jobs set to %s in %.1f s%n", WAVE, due,
        Duration.between(rewriting, Instant.now()).toMillis() / 1000.0);
    assertThat(Instant.now()).as("the due dates were rewritten before they fell due").isBefore(due);

    awaitCount(demo, "engine-rest/history/activity-instance/count?activityId=Task_EmailOverdueNotice&finished=true", WAVE,
        "escalations e-mailed");
    long[] fired = lateness(TIMER_NOTICE_OVERDUE, due);
    long[] escalated = lateness(TASK_EMAIL_OVERDUE_NOTICE, due);
    printPercentiles("  timer fired after T", fired, "ms");
    printPercentiles("  e-mail sent and escalation recorded after T", escalated, "ms");
    System.out.printf("  the first timer fired %.1f s after T (the job executor's idle wait), the last %.1f s after%n",
        fired[0] / 1000.0, fired[WAVE - 1] / 1000.0);
    System.out.printf("  throughput: %.1f escalations/s from the first to the last%n",
        (WAVE - 1) * 1000.0 / Math.max(1, escalated[WAVE - 1] - escalated[0]));
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=Task_HandleOverdueNotification", WAVE, "practice owner's tasks");
    System.out.printf("  GreenMail received %d messages (one per recipient: privacy officer and practice owner)%n",
        smtp.getReceivedMessages().length);
    printEscalatedAt(jobs, due);
  }

  /**
   * A deadline on its own, as on most days: one {@code Timer_NoticeOverdue} job at a time set to fall due
   * {@link #LONE_AHEAD} later on a server with nothing else to do (the job executor has backed off as far as it
   * goes by then); prints how long after its due time the timer fired and the escalation was done.
   */
  private void loneDeadlines() throws InterruptedException {
    if (LONE <= 0) {
      System.out.println("lone deadlines: none (every individuals' notice was in the wave)");
      return;
    }
    long[] fired = new long[LONE];
    long[] escalated = new long[LONE];
    for (int i = 0; i < LONE; i++) {
      JsonObject job = demo.get("engine-rest/job?activityId=Timer_NoticeOverdue&sortBy=jobDueDate&sortOrder=asc"
          + "&firstResult=0&maxResults=1").structure().asJsonArray().getJsonObject(0);
      String instance = job.getString("processInstanceId");
      Instant due = Instant.now().plus(LONE_AHEAD);
      ApiClient.Response set = demo.put("engine-rest/job/" + job.getString("id") + "/duedate", "application/json",
          EngineTasks.jobDueDate(due));
      assertThat(set.status()).as(set.body()).isEqualTo(204);
      String done = "engine-rest/history/activity-instance/count?activityId=" + TASK_EMAIL_OVERDUE_NOTICE
          + "&finished=true&processInstanceId=" + instance;
      awaitCount(demo, done, 1, "lone escalation");
      fired[i] = lateness(TIMER_NOTICE_OVERDUE, instance, due);
      escalated[i] = lateness(TASK_EMAIL_OVERDUE_NOTICE, instance, due);
    }
    System.out.printf("lone deadlines, one at a time on the idle server, %d s after each rewrite:%n", LONE_AHEAD.toSeconds());
    System.out.printf("  timer fired after its due time, ms: %s%n", java.util.Arrays.toString(fired));
    System.out.printf("  e-mail sent and escalation recorded after its due time, ms: %s (max %d)%n",
        java.util.Arrays.toString(escalated), java.util.Arrays.stream(escalated).max().orElse(0));
  }

  /** How long after {@code due} the one finished instance of the activity in {@code processInstance} ended, in ms. */
  private long lateness(String activityId, String processInstance, Instant due) {
    JsonArray instances = demo.get("engine-rest/history/activity-instance?activityId=" + activityId
        + "&finished=true&processInstanceId=" + processInstance).structure().asJsonArray();
    assertThat(instances).as(activityId + " of " + processInstance).hasSize(1);
    return Duration.between(due, OffsetDateTime.parse(instances.getJsonObject(0).getString("endTime"), EngineTasks.ENGINE_TIME)
        .toInstant()).toMillis();
  }

  /** How long after {@code due} each finished instance of the activity ended, in ms, ascending. */
  private long[] lateness(String activityId, Instant due) {
    long[] late = demo.get("engine-rest/history/activity-instance?activityId=" + activityId + "&finished=true")
        .structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .mapToLong(instance -> Duration.between(due,
            OffsetDateTime.parse(instance.getString("endTime"), EngineTasks.ENGINE_TIME).toInstant()).toMillis())
        .sorted().toArray();
    assertThat(late).as(activityId).hasSize(WAVE);
    return late;
  }

  /** What the incident shows for a few of the wave: the obligation's {@code escalatedAt}, as staff see it. */
  private void printEscalatedAt(JsonArray jobs, Instant due) {
    for (int i = 0; i < WAVE; i += Math.max(1, WAVE / 5)) {
      String instance = jobs.getJsonObject(i).getString("processInstanceId");
      String reference = demo.get("engine-rest/process-instance/" + instance).json().getString("businessKey");
      JsonObject notifications = officer.get("api/breach/incidents/" + reference).json().getJsonObject("notifications");
      List<String> escalatedAt = notifications.getJsonArray("notices").getValuesAs(JsonObject.class).stream()
          .filter(notice -> notice.get("escalatedAt") instanceof JsonString)
          .map(notice -> notice.getString("escalatedAt")).toList();
      assertThat(escalatedAt).as(reference).hasSize(1);
      // Its audit entry, appended as the escalation's job commits (AuditTrail.recordAtCommit), is there once.
      List<JsonObject> escalations = officer.get("api/breach/incidents/" + reference + "/timeline").json()
          .getJsonArray("escalations").getValuesAs(JsonObject.class);
      assertThat(escalations).as(reference + " " + escalations).hasSize(1);
      System.out.printf("  %s: escalatedAt %s, %d ms after T%n", reference, escalatedAt.get(0),
          Duration.between(due, Instant.parse(escalatedAt.get(0))).toMillis());
    }
  }

  private List<String> taskIds(String taskKey, int expected) {
    List<String> ids = new ArrayList<>();
    for (int first = 0; first < expected; first += 1000) {
      demo.get("engine-rest/task?taskDefinitionKey=" + taskKey + "&sortBy=id&sortOrder=asc&firstResult=" + first
          + "&maxResults=1000").structure().asJsonArray().getValuesAs(JsonObject.class)
          .forEach(task -> ids.add(task.getString("id")));
    }
    assertThat(ids).hasSize(expected);
    return ids;
  }
}
