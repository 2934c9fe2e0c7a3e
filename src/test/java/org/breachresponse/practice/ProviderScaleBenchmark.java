package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.Benchmarks.awaitCount;
import static org.breachresponse.Benchmarks.awaitCountDown;
import static org.breachresponse.Benchmarks.parallel;
import static org.breachresponse.Benchmarks.printPercentiles;
import static org.breachresponse.Benchmarks.printStep;
import static org.breachresponse.Benchmarks.timed;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_DERIVE_OBLIGATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.Test;

/**
 * The {@code many practices (provider scale)} benchmark (docs/benchmarks.md), not a test: it is named so that no
 * test run picks it up, and it asserts no time, only what makes the figures meaningful (every practice, user and
 * incident was created, and each responder sees exactly the tasks of their practices).
 * <ol>
 *   <li>Set-up, through the HTTP APIs only: {@code benchmark.practices} (default 50) practices created through our
 *       API as {@code demo}; for each a front-desk user who belongs to that practice only; the provider's responders
 *       {@code provider.responder} (group {@code it-responder}, a member of every practice) and
 *       {@code provider.responder.5} (a member of the first five). {@code benchmark.incidents} (default 10,000)
 *       incidents, spread evenly, reported by each practice's front desk on parallel clients and discovered three
 *       days ago. Most wait at {@code Confirm the breach}; every tenth is confirmed, scoped (one machine, one account)
 *       and its containment approved with both held back for a person, so it is in containment by hand; every tenth
 *       other one is moved to {@code Derive notification obligations} and owes notices with deadlines.</li>
 *   <li>Measured, for each of the two responders, 200 calls ({@code benchmark.query-calls}; after 20 untimed) one
 *       after another of the group's task list and count through the engine REST API, of the Tasklist's
 *       "My group's tasks" filter, and of the provider page's data ({@code GET api/breach/provider/overview},
 *       left out with a note while the server answers 404); prints p50/p95/p99/max.</li>
 * </ol>
 * Run it with {@code mvn -o -DskipUTs -DskipLint verify -Dit.test=ProviderScaleBenchmark}, on H2 or with
 * {@code -Dbreach.database=postgresql} after {@code bash .ci/start-postgresql.sh --fresh}.
 */
class ProviderScaleBenchmark extends InServerTest {

  private static final int PRACTICES = Integer.getInteger("benchmark.practices", 50);
  private static final int INCIDENTS = Integer.getInteger("benchmark.incidents", 10_000);
  private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
  private static final int TIMED_CALLS = Integer.getInteger("benchmark.query-calls", 200);
  private static final int WARM_UP_CALLS = Math.min(20, Math.max(1, TIMED_CALLS / 10));
  /** The practices {@code provider.responder.5} belongs to: the first five (fewer in a small run, never all). */
  private static final int FEW = Math.max(1, Math.min(5, PRACTICES - 1));
  private static final String PROVIDER = "provider.responder";
  private static final String PROVIDER_FEW = "provider.responder.5";
  private static final String IT_RESPONDER = "it-responder";
  private static final String FRONT_DESK = "front-desk";
  /** Of each practice's incidents, every tenth is in containment by hand, every tenth other one owes notices. */
  private static final int IN_CONTAINMENT = 9;
  private static final int OWING_NOTICES = 4;
  private static final String OVERVIEW = "api/breach/provider/overview";

  private final List<String> practices = new ArrayList<>();
  private ApiClient demo;
  private ApiClient provider;
  private ApiClient providerFew;
  private final Map<String, ApiClient> frontDesks = new ConcurrentHashMap<>();

  @Test
  void providerScale() throws Exception {
    demo = new ApiClient(base, "demo");
    System.out.printf("provider scale: %d practices, %d incidents, %d clients%n", PRACTICES, INCIDENTS, CLIENTS);
    Instant setUp = Instant.now();
    Instant step = Instant.now();
    IntStream.range(0, PRACTICES).mapToObj(ProviderScaleBenchmark::practiceId).forEach(practices::add);
    parallel(CLIENTS, PRACTICES, i -> createPractice(practices.get(i), i));
    step = printStep("practices created (POST api/breach/practices)", step);
    parallel(CLIENTS, PRACTICES, i -> frontDesks.put(practices.get(i), createFrontDesk(practices.get(i))));
    provider = createResponder(PROVIDER, practices);
    providerFew = createResponder(PROVIDER_FEW, practices.subList(0, FEW));
    step = printStep("staff created and made members", step);
    // The year's first report alone: concurrent first reports of a year collide creating its reference counter.
    setUpIncident(0);
    parallel(CLIENTS, INCIDENTS - 1, i -> setUpIncident(i + 1));
    step = printStep("incidents reported (and some moved on)", step);
    long owing = IntStream.range(0, INCIDENTS).filter(i -> tenth(i) == OWING_NOTICES).count();
    awaitCount(demo, "engine-rest/task/count?taskDefinitionKey=" + TASK_PLAN_NOTIFICATIONS, owing, "Plan notifications");
    awaitCountDown(demo, "engine-rest/job/count?executable=true", 0, "executable jobs");
    printStep("obligations derived, no job left to run", step);
    System.out.printf("set-up: %d s; %d incidents at Confirm the breach, %d in containment by hand, %d owing notices;"
            + " %s open tasks in all, %s failed jobs%n",
        Duration.between(setUp, Instant.now()).toSeconds(),
        IntStream.range(0, INCIDENTS).filter(i -> tenth(i) != IN_CONTAINMENT && tenth(i) != OWING_NOTICES).count(),
        IntStream.range(0, INCIDENTS).filter(i -> tenth(i) == IN_CONTAINMENT).count(), owing,
        count(demo, "engine-rest/task/count"), count(demo, "engine-rest/job/count?withException=true"));

    Map<String, Long> perPractice = responderTasksPerPractice();
    measure(PROVIDER, provider, perPractice, practices);
    measure(PROVIDER_FEW, providerFew, perPractice, practices.subList(0, FEW));
  }

  private static String practiceId(int i) {
    return "bench-" + String.format("%03d", i + 1);
  }

  private void createPractice(String id, int i) {
    ApiClient.Response created = demo.post("api/breach/practices", """
        {"id": "%s", "name": "Benchmark Dental %d, PLLC", "timeZone": "America/Chicago"}""".formatted(id, i + 1));
    assertThat(created.status()).as("POST api/breach/practices %s: %s", id, created.body()).isEqualTo(201);
  }

  /** A front-desk user who belongs to {@code practice} only; like the development users, the password is the id. */
  private ApiClient createFrontDesk(String practice) {
    String user = practice + ".front-desk";
    createUser(user, FRONT_DESK);
    joinPractice(user, practice);
    return new ApiClient(base, user);
  }

  private ApiClient createResponder(String user, List<String> of) throws InterruptedException {
    createUser(user, IT_RESPONDER);
    parallel(CLIENTS, of.size(), i -> joinPractice(user, of.get(i)));
    return new ApiClient(base, user);
  }

  private void createUser(String user, String group) {
    ApiClient.Response created = demo.post("engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "%s", "lastName": "(benchmark)", "email": "%s@practice.test"},
         "credentials": {"password": "%s"}}""".formatted(user, user, user, user));
    assertThat(created.status()).as("create %s: %s", user, created.body()).isEqualTo(204);
    ApiClient.Response member = demo.put("engine-rest/group/" + group + "/members/" + user, "application/json", "");
    assertThat(member.status()).as("%s into %s: %s", user, group, member.body()).isEqualTo(204);
  }

  private void joinPractice(String user, String practice) {
    ApiClient.Response member = demo.put("engine-rest/tenant/" + practice + "/user-members/" + user,
        "application/json", "");
    assertThat(member.status()).as("%s into %s: %s", user, practice, member.body()).isEqualTo(204);
  }

  /** Reported by the practice's front desk; every tenth brought into containment by hand, another tenth on to notices. */
  private void setUpIncident(int i) {
    String practice = practices.get(i % PRACTICES);
    ApiClient.Response reported = frontDesks.get(practice).post("api/breach/incidents", """
        {"reportedBy": "Benchmark %d", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night", "practice": "%s"}"""
        .formatted(i, LocalDate.now(ZoneOffset.UTC).minusDays(3), practice));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String reference = reported.json().getString("reference");
    if (tenth(i) == IN_CONTAINMENT) {
      containByHand(reference, i);
    } else if (tenth(i) == OWING_NOTICES) {
      skipToObligations(reference);
    }
  }

  /**
   * Which tenth incident {@code i} is among its practice's ({@code i} counts round the practices), so that every
   * practice has its share of each state: 0 to 9.
   */
  private static int tenth(int i) {
    return (i / PRACTICES) % 10;
  }

  /**
   * Confirmed and scoped by the provider's responder, who then approves containment holding both targets back for
   * a person: no directory is needed, and the incident has containment targets and manual containment tasks.
   */
  private void containByHand(String reference, int i) {
    String machine = "bench-pc-" + i;
    String account = "reception" + i;
    work(reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "EDR alert confirmed"}}""");
    work(reference, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "%s"}, "compromisedAccounts": {"value": "%s"},
         "dataNames": {"value": true}, "howItHappened": {"value": "Remote-support tool abused"},
         "affectedIndividualsByState": {"value": "TX 12"}, "dataEncryptedKeySafe": {"value": false}}"""
        .formatted(machine, account));
    work(reference, TASK_APPROVE_CONTAINMENT, """
        {"holdBack": {"value": "%s: benchmark, isolated by hand\\n%s: benchmark, reset by hand"}}"""
        .formatted(machine, account));
  }

  /** Claims and submits the incident's open task of that key as {@code provider.responder}, as the Tasklist does. */
  private void work(String reference, String taskKey, String variables) {
    JsonArray tasks = demo.get("engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey="
        + taskKey).structure().asJsonArray();
    assertThat(tasks).as("open %s of %s", taskKey, reference).hasSize(1);
    String task = "engine-rest/task/" + tasks.getJsonObject(0).getString("id");
    ApiClient.Response claimed = EngineTasks.sentAgainOnConflict(
        () -> provider.post(task + "/claim", "{\"userId\": \"" + PROVIDER + "\"}"));
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    ApiClient.Response submitted = EngineTasks.sentAgainOnConflict(
        () -> provider.post(task + "/submit-form", "{\"variables\": " + variables + "}"));
    assertThat(submitted.status()).as("%s of %s: %s", taskKey, reference, submitted.body()).isEqualTo(204);
  }

  /** As {@code demo}, the engine's process instance modification; with no scope the rules owe the HIPAA notices. */
  private void skipToObligations(String reference) {
    JsonArray instances = demo.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray();
    assertThat(instances).as(reference).hasSize(1);
    String instance = instances.getJsonObject(0).getString("id");
    // Sent again while the report's alert job finishes on the same process instance (503, nothing kept).
    ApiClient.Response moved = EngineTasks.sentAgainOnConflict(() -> demo.post("engine-rest/process-instance/"
        + instance + "/modification", """
        {"instructions": [{"type": "startBeforeActivity", "activityId": "%s"},
                          {"type": "cancel", "activityId": "%s"}],
         "annotation": "provider scale benchmark"}""".formatted(TASK_DERIVE_OBLIGATIONS, TASK_CONFIRM_BREACH)));
    assertThat(moved.status()).as(moved.body()).isEqualTo(204);
  }

  /** The it-responder group's open tasks of each practice, as {@code demo} (who reaches every practice) counts them. */
  private Map<String, Long> responderTasksPerPractice() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String practice : practices) {
      counts.put(practice, count(demo, "engine-rest/task/count?candidateGroups=" + IT_RESPONDER
          + "&includeAssignedTasks=true&tenantIdIn=" + practice));
    }
    return counts;
  }

  private void measure(String user, ApiClient client, Map<String, Long> perPractice, List<String> theirs) {
    String group = "candidateGroups=" + IT_RESPONDER + "&includeAssignedTasks=true";
    String list = "engine-rest/task?" + group + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=50";
    String count = "engine-rest/task/count?" + group;
    JsonObject filter = client.get("engine-rest/filter?resourceType=Task&name=My%20group%27s%20tasks").structure()
        .asJsonArray().getJsonObject(0);
    String filterList = "engine-rest/filter/" + filter.getString("id") + "/list?firstResult=0&maxResults=15";
    String sorting = "{\"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}]}";

    // Correctness, not timing: the responder sees exactly the group's tasks of their own practices.
    long expected = theirs.stream().mapToLong(perPractice::get).sum();
    long seen = count(client, count);
    System.out.printf("%s, a member of %d practices: sees %d of the group's tasks (the sum over their practices: %d)%n",
        user, theirs.size(), seen, expected);
    assertThat(seen).as("%s's task count", user).isEqualTo(expected);
    JsonObject filtered = client.post(filterList, "application/hal+json", sorting).json();
    assertThat(filtered.getJsonNumber("count").longValue()).as("%s's filter count", user).isEqualTo(expected);
    JsonArray page = client.get(list).structure().asJsonArray();
    assertThat(page).hasSize((int) Math.min(50, expected));
    assertThat(page.getValuesAs(JsonObject.class)).as("%s's tasks are of their practices", user)
        .allMatch(task -> theirs.contains(task.getString("tenantId")));
    System.out.printf("  the filter shows the variables %s on each task%n",
        filter.getJsonObject("properties").get("variables"));
    ApiClient.Response overview = client.get(OVERVIEW);
    boolean withOverview = overview.status() != 404;
    if (withOverview) {
      assertThat(overview.status()).as(overview.body()).isEqualTo(200);
    } else {
      System.out.printf("  NOTE: GET %s answers 404 on this server: the provider page's data is not measured%n", OVERVIEW);
    }

    List<Supplier<ApiClient.Response>> calls = new ArrayList<>(List.of(
        () -> client.get(list),
        () -> client.get(count),
        () -> client.post(filterList, "application/hal+json", sorting)));
    if (withOverview) {
      calls.add(() -> client.get(OVERVIEW));
    }
    System.out.printf("  %d calls each after %d untimed:%n", TIMED_CALLS, WARM_UP_CALLS);
    long[][] millis = new long[calls.size()][TIMED_CALLS];
    for (int call = -WARM_UP_CALLS; call < TIMED_CALLS; call++) {
      for (int q = 0; q < calls.size(); q++) {
        long took = timed(calls.get(q));
        if (call >= 0) {
          millis[q][call] = took;
        }
      }
    }
    printPercentiles("  GET task?candidateGroups=it-responder&includeAssignedTasks, 50 newest", millis[0], "ms");
    printPercentiles("  GET task/count, same criteria", millis[1], "ms");
    printPercentiles("  POST filter/{My group's tasks}/list, HAL, 15 newest", millis[2], "ms");
    if (withOverview) {
      printPercentiles("  GET " + OVERVIEW, millis[3], "ms");
    }
  }

  private static long count(ApiClient client, String path) {
    ApiClient.Response response = client.get(path);
    assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(200);
    return response.json().getJsonNumber("count").longValue();
  }
}
