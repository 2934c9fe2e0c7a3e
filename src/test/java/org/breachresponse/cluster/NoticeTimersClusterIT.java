package org.breachresponse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.Benchmarks.awaitCount;
import static org.breachresponse.Benchmarks.parallel;
import static org.breachresponse.Benchmarks.printStep;
import static org.breachresponse.process.BreachResponseProcess.TASK_EMAIL_OVERDUE_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TIMER_NOTICE_OVERDUE;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.notification.NoticesDue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, cluster test (1): 1,000 notices due at one moment on two nodes behind HAProxy. Through the load
 * balancer, as API clients without a session cookie (round robin), the front desk reports 500 incidents; the
 * administrator moves each with the engine's process instance modification to {@code Derive notification
 * obligations} (with no scope recorded, the rules owe each the HIPAA individuals' notice and the HHS log entry,
 * as in the notification timers benchmark, docs/benchmarks.md); the privacy officer submits each {@code Plan
 * notifications}. That gives 1,000 {@code Send notice} tasks, each with its {@code Timer_NoticeOverdue}; every
 * one of those timer jobs is then given the same due date T a little ahead ({@code PUT job/{id}/duedate}).
 *
 * <p>After T both nodes' job executors fire the timers; the test checks that every escalation happened exactly
 * once: one {@code E-mail that the notice is overdue} per notice (GreenMail: one message per notice and
 * recipient, nothing more), one {@code Overdue notification} task per notice (engine REST), one successful
 * job per timer (the engine's job log), and that both nodes ran some of them (the job log's {@code hostname},
 * the node's name). Prints how long set-up and wave took.
 */
class NoticeTimersClusterIT {

  private static final int INCIDENTS = 500;
  private static final int NOTICES = 2 * INCIDENTS;
  private static final int CLIENTS = 4;
  private static final int RECIPIENTS = 2;
  private static final Pattern INCIDENT = Pattern.compile("^Incident (\\S+): ");

  private static LocalCluster cluster;

  private ApiClient demo;
  private ApiClient officer;
  private ApiClient frontDesk;
  private NoticesDue notices;

  @BeforeAll
  static void startCluster() {
    cluster = LocalCluster.start();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aThousandNoticesDueAtOneMomentEscalateExactlyOnceAcrossBothNodes() throws Exception {
    URL lb = cluster.balancer().toURL();
    demo = new ApiClient(lb, "demo");
    officer = new ApiClient(lb, "privacy-officer");
    frontDesk = new ApiClient(lb, "front-desk");
    notices = new NoticesDue(frontDesk, demo, officer);
    Instant setUp = Instant.now();
    Instant step = setUp;
    reportAndSkipToObligations(0);
    parallel(CLIENTS, INCIDENTS - 1, i -> reportAndSkipToObligations(i + 1));
    step = printStep(INCIDENTS + " incidents reported and moved to Derive notification obligations", step);
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=" + TASK_PLAN_NOTIFICATIONS, INCIDENTS,
        "Plan notifications");
    List<String> plans = taskIds(TASK_PLAN_NOTIFICATIONS, INCIDENTS);
    parallel(CLIENTS, plans.size(), i -> notices.plan(plans.get(i)));
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=" + TASK_SEND_NOTICE, NOTICES, "Send notice");
    printStep("planned, " + NOTICES + " Send notice tasks open", step);
    System.out.printf("notice timers: set-up %.1f s%n", seconds(setUp));

    JsonArray jobs = demo.get("engine-rest/job?activityId=" + TIMER_NOTICE_OVERDUE + "&firstResult=0&maxResults="
        + (NOTICES + 1)).structure().asJsonArray();
    assertThat(jobs).as("one deadline timer per notice").hasSize(NOTICES);
    Instant due = Instant.now().plusSeconds(15 + NOTICES / 40);
    String dueDate = EngineTasks.jobDueDate(due);
    Instant rewriting = Instant.now();
    parallel(CLIENTS, NOTICES, i -> {
      ApiClient.Response set = demo.put("engine-rest/job/" + jobs.getJsonObject(i).getString("id") + "/duedate",
          "application/json", dueDate);
      assertThat(set.status()).as(set.body()).isEqualTo(204);
    });
    System.out.printf("notice timers: %d Timer_NoticeOverdue jobs set to fall due at %s in %.1f s%n", NOTICES, due,
        seconds(rewriting));
    assertThat(Instant.now()).as("every due date was rewritten before T").isBefore(due);

    awaitCount(demo, "engine-rest/history/activity-instance/count?activityId=" + TASK_EMAIL_OVERDUE_NOTICE
        + "&finished=true", NOTICES, "escalations e-mailed");
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=" + TASK_HANDLE_OVERDUE_NOTIFICATION, NOTICES,
        "Overdue notification tasks");
    System.out.printf("notice timers: the wave of %d escalations was done %.1f s after T%n", NOTICES,
        Duration.between(due, Instant.now()).toMillis() / 1000.0);
    awaitNoJobsLeft();

    assertEscalationMailsExactlyOnce();
    assertOverdueTasksExactlyOnce();
    assertEachJobRanOnceOnBothNodes();
    System.out.printf("notice timers: %.1f s in all%n", seconds(setUp));
  }

  private void reportAndSkipToObligations(int i) {
    notices.reportAndSkipToObligations("Cluster test " + i, "cluster test: many notices due at once");
  }

  /**
   * Waits until neither node has a deadline timer or an e-mail step left to run, and a few seconds more: a
   * second firing, were there one, would have happened by then.
   */
  private void awaitNoJobsLeft() throws InterruptedException {
    for (String activity : List.of(TIMER_NOTICE_OVERDUE, TASK_EMAIL_OVERDUE_NOTICE)) {
      long left = Long.MAX_VALUE;
      Instant deadline = Instant.now().plusSeconds(120);
      while (left > 0) {
        assertThat(Instant.now()).as("%d jobs of %s still waiting", left, activity).isBefore(deadline);
        left = demo.get("engine-rest/job/count?activityId=" + activity).json().getJsonNumber("count").longValue();
        Thread.sleep(500);
      }
    }
    Thread.sleep(5000);
  }

  /**
   * GreenMail keeps one copy of a message per recipient. Every notice (incident and title) must have exactly
   * {@value #RECIPIENTS} copies, the privacy officer's and the practice owner's, and there must be no other.
   */
  private void assertEscalationMailsExactlyOnce() throws MessagingException, IOException {
    List<MimeMessage> received = new ArrayList<>();
    Map<String, Long> alertCopies = new TreeMap<>();
    int alertRecipients = 0;
    for (MimeMessage message : cluster.mail().getReceivedMessages()) {
      if (message.getSubject().startsWith("Suspected breach ")) {
        // The alert of each report (issue 17): also once across both nodes, one copy per IT responder.
        alertCopies.merge(message.getSubject(), 1L, Long::sum);
        alertRecipients = message.getAllRecipients().length;
      } else {
        received.add(message);
      }
    }
    assertThat(alertCopies).as("one alert e-mail per reported incident").hasSize(INCIDENTS);
    int copies = alertRecipients;
    assertThat(alertCopies.entrySet()).as("each alert e-mailed once, one copy per IT responder")
        .allSatisfy(alert -> assertThat(alert.getValue()).as(alert.getKey()).isEqualTo(copies));
    Map<String, Long> copiesPerNotice = new TreeMap<>();
    for (MimeMessage message : received) {
      assertThat(message.getSubject()).startsWith("OVERDUE: notice to ");
      Matcher incident = INCIDENT.matcher(message.getContent().toString());
      assertThat(incident.find()).as(message.getContent().toString()).isTrue();
      assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
          .containsExactlyInAnyOrder("privacy-officer@practice.test", "practice-owner@practice.test");
      copiesPerNotice.merge(incident.group(1) + " " + message.getSubject(), 1L, Long::sum);
    }
    System.out.printf("notice timers: GreenMail received %d escalation messages for %d notices (and %d report"
        + " alerts)%n", received.size(), copiesPerNotice.size(), alertCopies.size());
    assertThat(copiesPerNotice).as("one escalation e-mail per notice").hasSize(NOTICES);
    assertThat(copiesPerNotice.entrySet()).as("each e-mailed once, one copy per recipient")
        .allSatisfy(notice -> assertThat(notice.getValue()).as(notice.getKey()).isEqualTo(RECIPIENTS));
    assertThat(received).hasSize(NOTICES * RECIPIENTS);
  }

  /** One {@code Overdue notification} per notice: per process instance, one per title, two titles each. */
  private void assertOverdueTasksExactlyOnce() {
    List<JsonObject> tasks = new ArrayList<>();
    for (int first = 0; first <= NOTICES; first += 500) {
      tasks.addAll(demo.get("engine-rest/task?taskDefinitionKey=" + TASK_HANDLE_OVERDUE_NOTIFICATION
          + "&sortBy=id&sortOrder=asc&firstResult=" + first + "&maxResults=500").structure().asJsonArray()
          .getValuesAs(JsonObject.class));
    }
    assertThat(tasks).hasSize(NOTICES);
    Map<String, Long> perNotice = tasks.stream().collect(Collectors.groupingBy(
        task -> task.getString("processInstanceId") + " " + task.getString("name"), Collectors.counting()));
    assertThat(perNotice).as("one Overdue notification task per notice").hasSize(NOTICES);
    assertThat(tasks.stream().map(task -> task.getString("processInstanceId")).distinct().count()).isEqualTo(INCIDENTS);
  }

  /** Each timer and each e-mail step ran as one successful job; the job log names both nodes. */
  private void assertEachJobRanOnceOnBothNodes() {
    Map<String, Map<String, Long>> byNode = new TreeMap<>();
    for (String activity : List.of(TIMER_NOTICE_OVERDUE, TASK_EMAIL_OVERDUE_NOTICE)) {
      List<JsonObject> succeeded = jobLog(activity, "successLog=true");
      assertThat(succeeded.stream().map(log -> log.getString("jobId")).distinct().count())
          .as("jobs of %s that succeeded", activity).isEqualTo(NOTICES);
      assertThat(succeeded).as("one success per job of %s", activity).hasSize(NOTICES);
      byNode.put(activity, succeeded.stream().collect(Collectors.groupingBy(
          log -> log.isNull("hostname") ? "(none)" : log.getString("hostname"), TreeMap::new, Collectors.counting())));
      System.out.printf("notice timers: %s ran on %s; %d failed attempts logged%n", activity, byNode.get(activity),
          jobLog(activity, "failureLog=true").size());
    }
    Set<String> nodes = byNode.values().stream().flatMap(counts -> counts.keySet().stream()).collect(Collectors.toSet());
    assertThat(nodes).as("the nodes that ran the wave (job log hostname)")
        .containsExactlyInAnyOrderElementsOf(cluster.nodeNames());
  }

  private List<JsonObject> jobLog(String activity, String kind) {
    List<JsonObject> logs = new ArrayList<>();
    for (int first = 0; ; first += 1000) {
      List<JsonObject> page = demo.get("engine-rest/history/job-log?activityIdIn=" + activity + "&" + kind
          + "&sortBy=timestamp&sortOrder=asc&firstResult=" + first + "&maxResults=1000").structure().asJsonArray()
          .getValuesAs(JsonObject.class);
      logs.addAll(page);
      if (page.size() < 1000) {
        return logs;
      }
    }
  }

  private List<String> taskIds(String taskKey, int expected) {
    List<String> ids = new ArrayList<>();
    for (int first = 0; first < expected; first += 500) {
      demo.get("engine-rest/task?taskDefinitionKey=" + taskKey + "&sortBy=id&sortOrder=asc&firstResult=" + first
          + "&maxResults=500").structure().asJsonArray().getValuesAs(JsonObject.class)
          .forEach(task -> ids.add(task.getString("id")));
    }
    assertThat(ids).hasSize(expected);
    return ids;
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
