package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.directory.SambaAdDc;
import org.breachresponse.directory.SequentialContainment;
import org.junit.jupiter.api.Test;

/**
 * The {@code containment fan-out} benchmark (docs/benchmarks.md), not a test: it is named so that no
 * test run picks it up and asserts no time. In one run against the real Samba AD DC it times
 * <ol>
 *   <li>a plain sequential UnboundID loop making the directory changes of containment on one connection,
 *       for 200 machines and 1,000 users, and</li>
 *   <li>the application doing the same for another 200 machines and 1,000 users: from submitting
 *       {@code Approve containment} to the incident reporting every machine isolated and every account
 *       reset (polled every 2 s; the figure is the end of the last action the incident records, so the poll's
 *       lateness is left out),</li>
 * </ol>
 * and prints both times and their ratio. A small untimed containment runs first, so that the timed one
 * measures a server whose hot code is compiled, as a practice's long-running server is. Run it with
 * {@code mvn -DskipUTs -DskipLint verify -Dit.test=ContainmentFanOutBenchmark} (as root, like the tests).
 */
class ContainmentFanOutBenchmark extends InServerTest {

  private static final int MACHINES = Integer.getInteger("benchmark.machines", 200);
  private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 1000);
  private static final int WARM_UP_MACHINES = 20;
  private static final int WARM_UP_ACCOUNTS = 100;
  /** Each poll builds the whole incident (1,200 targets and their rows): often enough, and no more. */
  private static final long POLL_MILLIS = 2000;

  @Test
  void containmentFanOut() throws LDAPException {
    SambaAdDc dc = SambaAdDc.fresh();
    List<String> loopMachines = names("loop-pc-", MACHINES);
    List<String> loopUsers = names("loopuser", ACCOUNTS);
    List<String> appMachines = names("app-pc-", MACHINES);
    List<String> appUsers = names("appuser", ACCOUNTS);
    List<String> warmMachines = names("warm-pc-", WARM_UP_MACHINES);
    List<String> warmUsers = names("warmuser", WARM_UP_ACCOUNTS);
    Instant seeding = Instant.now();
    try (LDAPConnection ldap = dc.connectAsAdministrator()) {
      for (List<String> machines : List.of(loopMachines, appMachines, warmMachines)) {
        for (String machine : machines) {
          Entry entry = SambaAdDc.computerEntry(machine, SambaAdDc.WORKSTATION);
          ldap.add(entry);
        }
      }
      for (List<String> users : List.of(loopUsers, appUsers, warmUsers)) {
        for (String user : users) {
          ldap.add(SambaAdDc.userEntry(user));
        }
      }
    }
    System.out.printf("seeded %d machines and %d users in %d s%n", 2 * MACHINES + WARM_UP_MACHINES,
        2 * ACCOUNTS + WARM_UP_ACCOUNTS,
        Duration.between(seeding, Instant.now()).toSeconds());

    Instant loopStart = Instant.now();
    try (LDAPConnection ldap = dc.connectAsAdministrator()) {
      SequentialContainment.run(ldap, loopMachines, loopUsers);
    }
    Duration loop = Duration.between(loopStart, Instant.now());

    System.out.println("warm-up: a first, untimed containment of " + WARM_UP_MACHINES + " machines and "
        + WARM_UP_ACCOUNTS + " accounts, so the timed one runs on a server that has compiled its hot code");
    contain(warmMachines, warmUsers, false);
    Duration engine = contain(appMachines, appUsers, true);
    System.out.printf("containment fan-out: %d machines and %d accounts on Samba AD%n", MACHINES, ACCOUNTS);
    System.out.printf("  sequential UnboundID loop, one connection: %.1f s%n", loop.toMillis() / 1000.0);
    System.out.printf("  Breach Response, approval to all done:     %.1f s (%s threads)%n", engine.toMillis() / 1000.0,
        System.getenv().getOrDefault("BREACH_ENGINE_JOB_THREADS", "8"));
    System.out.printf("  ratio (application / loop): %.2f%n", (double) engine.toMillis() / loop.toMillis());
  }

  /** Scopes an incident with these targets, approves it and waits until every one is done; returns how long. */
  private Duration contain(List<String> machines, List<String> users, boolean report) {
    ApiClient responder = new ApiClient(base, "it-responder");
    EngineTasks tasks = new EngineTasks(base);
    String reference = tasks.scopedIncident(String.join("\n", machines), String.join("\n", users));
    String approval = tasks.taskIds(reference, TASK_APPROVE_CONTAINMENT).get(0);
    responder.post("engine-rest/task/" + approval + "/claim", "{\"userId\": \"it-responder\"}");
    Instant approved = Instant.now();
    ApiClient.Response submitted = responder.post("engine-rest/task/" + approval + "/submit-form",
        "{\"variables\": {\"holdBack\": {\"value\": \"\"}}}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    JsonObject machineProgress;
    JsonObject accountProgress;
    JsonObject containment;
    do {
      sleep();
      containment = responder.get("api/breach/incidents/" + reference).json().getJsonObject("containment");
      machineProgress = containment.getJsonObject("machines");
      accountProgress = containment.getJsonObject("accounts");
      if (report) {
        System.out.printf("  %5.1f s: %s; %s%n", Duration.between(approved, Instant.now()).toMillis() / 1000.0,
            machineProgress.getString("summary"), accountProgress.getString("summary"));
      }
    } while (settled(machineProgress) + settled(accountProgress) < machines.size() + users.size());
    Instant noticed = Instant.now();
    assertThat(machineProgress.getInt("contained")).isEqualTo(machines.size());
    assertThat(accountProgress.getInt("contained")).isEqualTo(users.size());
    // The poll sees the end up to POLL_MILLIS late; the last action row says when it was (same machine's clock).
    Instant lastRecorded = containment.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
        .map(action -> Instant.parse(action.getString("endedAt"))).max(Instant::compareTo).orElseThrow();
    assertThat(lastRecorded).isBetween(approved, noticed);
    if (report) {
      System.out.printf("  all done when the poll saw it: %.1f s; last action recorded: %.1f s after approving%n",
          Duration.between(approved, noticed).toMillis() / 1000.0, Duration.between(approved, lastRecorded).toMillis() / 1000.0);
    }
    return Duration.between(approved, lastRecorded);
  }

  private static int settled(JsonObject progress) {
    return progress.getInt("contained") + progress.getInt("failing") + progress.getInt("waitingForPerson");
  }

  private static List<String> names(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + String.format("%04d", i)).toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
