package org.breachresponse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_PASSWORD;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_PASSWORDS;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.directory.DirectorySettings;
import org.breachresponse.directory.PasswordWrites;
import org.breachresponse.directory.SambaAdDc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, cluster test (2): {@code kill -9} of a node in the middle of containing 300 accounts on the real
 * Samba AD DC. The practice's directory is set to the DC through our API; an incident with 300 compromised
 * accounts (and one machine) is reported, confirmed, scoped and approved through HAProxy, so the engine fans out
 * one {@code Task_ResetPasswords} job per batch of 10 accounts over both nodes (ADR 0017). Once some resets are
 * done, the node that holds more reset jobs locked (the engine's lock owner is the node's name) is killed with
 * {@code kill -9}: its batches are run again by the other node once their locks expire.
 *
 * <p>The other node must finish: one successful {@code RESET_PASSWORD} action row per account, and in the
 * directory every account's password written ({@code unicodePwd} version in {@code replPropertyMetaData} up, and
 * {@code pwdLastSet} 0, "must change at next logon"), exactly once: a reset the killed node held when it died may
 * have reached the DC before its action row was committed; the batch then runs again on the other node, skips the
 * accounts it recorded, finds the
 * intent the dead node committed before writing and the account's {@code unicodePwd} version moved past the one it
 * recorded, and records the success without writing again (containment/AdapterActions, V10). Prints the time from the kill
 * to the last action (issue 15 wants it under 60 s; not asserted). Then the killed node is started again and must
 * come back ready; its log lines about the jobs its earlier life had locked are printed.
 */
class ContainmentFailoverClusterIT {

  private static final int ACCOUNTS = 300;
  /** Resets done before the kill: early enough that most of the work is still ahead. */
  private static final int KILL_AFTER = 60;
  private static final Duration PATIENCE = Duration.ofMinutes(6);
  private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
  private static final String PREFIX = "fo" + RUN + "-";
  private static final String MACHINE = "FO-PC-" + RUN;
  private static final String PRACTICE = "practice";

  private static LocalCluster cluster;
  private static SambaAdDc dc;
  private static List<String> accounts;
  private static Map<String, Integer> writesBefore;

  @BeforeAll
  static void startDirectoryAndCluster() throws LDAPException {
    dc = SambaAdDc.shared();
    accounts = IntStream.range(0, ACCOUNTS).mapToObj(i -> PREFIX + String.format("%03d", i)).toList();
    Instant seeding = Instant.now();
    try (LDAPConnection ldap = dc.connectAsAdministrator()) {
      ldap.add(SambaAdDc.computerEntry(MACHINE, SambaAdDc.WORKSTATION));
      for (String account : accounts) {
        ldap.add(SambaAdDc.userEntry(account));
      }
      writesBefore = PasswordWrites.byAccount(ldap, SambaAdDc.STAFF, PREFIX);
    }
    assertThat(writesBefore).hasSize(ACCOUNTS);
    System.out.printf("containment failover: %d accounts added to OU=Staff in %.1f s%n", ACCOUNTS, seconds(seeding));
    Instant starting = Instant.now();
    cluster = LocalCluster.start();
    System.out.printf("containment failover: cluster started in %.1f s%n", seconds(starting));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void killingTheBusierNodeMidContainmentLosesNothingAndResetsEachAccountOnce() throws Exception {
    Instant begun = Instant.now();
    URL lb = cluster.balancer().toURL();
    ApiClient admin = new ApiClient(lb, "demo");
    ApiClient responder = new ApiClient(lb, "it-responder");
    ApiClient.Response connected = admin.put("api/breach/practices/" + PRACTICE + "/directory", "application/json",
        directoryBody(dc.settings("ldaps://127.0.0.1:636")));
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);
    assertThat(connected.json().getJsonObject("connection").getBoolean("ok")).as(connected.body()).isTrue();

    EngineTasks tasks = new EngineTasks(lb);
    String reference = tasks.scopedIncident(MACHINE.toLowerCase(Locale.ROOT), String.join("\n", accounts));
    String approval = tasks.taskIds(reference, TASK_APPROVE_CONTAINMENT).get(0);
    assertThat(responder.post("engine-rest/task/" + approval + "/claim", "{\"userId\": \"it-responder\"}").status())
        .isEqualTo(204);
    Instant approved = Instant.now();
    ApiClient.Response submitted = responder.post("engine-rest/task/" + approval + "/submit-form",
        "{\"variables\": {\"holdBack\": {\"value\": \"\"}}}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    System.out.printf("containment failover: set-up %.1f s; approval took %.1f s%n",
        Duration.between(begun, approved).toMillis() / 1000.0, seconds(approved));

    String victim = awaitResetsThenPickBusierNode(responder, reference);
    String survivor = cluster.nodeNames().stream().filter(name -> !name.equals(victim)).findFirst().orElseThrow();
    Instant killed = Instant.now();
    cluster.kill(victim);
    // A dead node's locks stay in its name until they expire (30 s): these are the reset jobs (batches of accounts,
    // ADR 0017) it held when it died.
    System.out.printf("containment failover: killed %s (kill -9) %.1f s after the approval, %d accounts reset; it held"
            + " %d reset jobs locked%n", victim, Duration.between(approved, killed).toMillis() / 1000.0,
        accountsContained(responder, reference), lockedResetJobs(victim));

    JsonObject containment = awaitAllAccountsSettled(responder, reference);
    assertThat(containment.getJsonObject("accounts").getInt("contained")).as(containment.getJsonObject("accounts")
        .toString()).isEqualTo(ACCOUNTS);
    List<JsonObject> resets = containment.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
        .filter(action -> action.getString("kind").equals("ACCOUNT") && action.getString("action").equals("RESET_PASSWORD"))
        .toList();
    Map<String, Long> succeededPerAccount = resets.stream().filter(a -> a.getString("outcome").equals("SUCCEEDED"))
        .collect(Collectors.groupingBy(a -> a.getString("target").toLowerCase(Locale.ROOT), TreeMap::new,
            Collectors.counting()));
    Map<String, Long> outcomes = resets.stream().collect(Collectors.groupingBy(a -> a.getString("outcome"), TreeMap::new,
        Collectors.counting()));
    System.out.printf("containment failover: %d RESET_PASSWORD action rows by outcome %s; successes found written by"
        + " an interrupted attempt and not written again: %s%n", resets.size(), outcomes, resets.stream()
        .filter(a -> a.getString("outcome").equals("SUCCEEDED") && a.getString("error", "").contains("interrupted"))
        .map(a -> a.getString("target")).toList());
    assertThat(succeededPerAccount.keySet()).as("every account has a successful reset row")
        .containsExactlyInAnyOrderElementsOf(accounts);
    assertThat(succeededPerAccount.entrySet()).as("one successful reset row per account")
        .allSatisfy(account -> assertThat(account.getValue()).as(account.getKey()).isEqualTo(1L));

    Instant lastAction = resets.stream().map(a -> Instant.parse(a.getString("endedAt"))).max(Instant::compareTo)
        .orElseThrow();
    long doneAfterKill = resets.stream().filter(a -> Instant.parse(a.getString("startedAt")).isAfter(killed)).count();
    System.out.printf("containment failover: %s finished %d resets after the kill; the last action ended %.1f s after"
            + " the kill (issue 15: within 60 s); resets by node (job log) %s%n", survivor, doneAfterKill,
        Duration.between(killed, lastAction).toMillis() / 1000.0, resetsByNode(admin));

    Map<String, Integer> writes = passwordWritesSinceSeeding();

    Instant restarting = Instant.now();
    cluster.start(victim);
    ApiClient.Response ready = ApiClient.anonymous(cluster.node(victim).toURL()).get("health/ready");
    System.out.printf("containment failover: %s restarted, health/ready %d in %.1f s; its log about its locks: %s%n",
        victim, ready.status(), seconds(restarting), cluster.serverLogLines(victim).stream()
            .filter(line -> line.contains(" INFO ") && line.toLowerCase(Locale.ROOT).contains("lock")).toList());
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
    assertThat(ready.json().getString("node")).isEqualTo(victim);

    assertDirectory(writes);
    System.out.printf("containment failover: %.1f s in all%n", seconds(begun));
  }

  /**
   * Polls the incident until {@value #KILL_AFTER} accounts are reset (each reset's own action row; a batch job ends
   * only after its last account); returns the node that then holds more reset jobs locked (the node doing most of
   * the work).
   */
  private static String awaitResetsThenPickBusierNode(ApiClient responder, String reference)
      throws InterruptedException, SQLException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (accountsContained(responder, reference) < KILL_AFTER) {
      assertThat(Instant.now()).as("%d resets done before the kill", KILL_AFTER).isBefore(deadline);
      Thread.sleep(200);
    }
    String busier = null;
    long most = -1;
    for (String node : cluster.nodeNames()) {
      long locked = lockedResetJobs(node);
      System.out.printf("containment failover: %s holds %d reset jobs locked%n", node, locked);
      if (locked > most) {
        most = locked;
        busier = node;
      }
    }
    return busier;
  }

  private static int accountsContained(ApiClient responder, String reference) {
    ApiClient.Response incident = responder.get("api/breach/incidents/" + reference);
    return incident.status() == 200
        ? incident.json().getJsonObject("containment").getJsonObject("accounts").getInt("contained") : 0;
  }

  /** Successful reset jobs (batches and single accounts) of one node, from the engine's job log. */
  private static long succeededResets(ApiClient admin, String node) {
    return admin.get("engine-rest/history/job-log/count?activityIdIn=" + TASK_RESET_PASSWORDS + ","
        + TASK_RESET_PASSWORD + "&successLog=true"
        + (node == null ? "" : "&hostname=" + node)).json().getJsonNumber("count").longValue();
  }

  private static Map<String, Long> resetsByNode(ApiClient admin) {
    Map<String, Long> byNode = new TreeMap<>();
    cluster.nodeNames().forEach(node -> byNode.put(node, succeededResets(admin, node)));
    return byNode;
  }

  /**
   * Reset jobs whose lock {@code node} holds and that have not finished, from the engine's job table (the engine
   * REST API does not show a job's lock owner).
   */
  private static long lockedResetJobs(String node) throws SQLException {
    try (Connection db = cluster.database();
        PreparedStatement query = db.prepareStatement("""
            SELECT count(*) FROM act_ru_job j JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
            WHERE j.lock_owner_ = ? AND d.act_id_ IN (?, ?)""")) {
      query.setString(1, node);
      query.setString(2, TASK_RESET_PASSWORDS);
      query.setString(3, TASK_RESET_PASSWORD);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  /** Polls the incident (through HAProxy) until every account is settled; returns its containment section. */
  private static JsonObject awaitAllAccountsSettled(ApiClient responder, String reference) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    Instant printed = Instant.now();
    while (true) {
      ApiClient.Response incident = responder.get("api/breach/incidents/" + reference);
      if (incident.status() == 200) {
        JsonObject containment = incident.json().getJsonObject("containment");
        JsonObject progress = containment.getJsonObject("accounts");
        if (progress.getInt("contained") + progress.getInt("failing") + progress.getInt("waitingForPerson")
            >= ACCOUNTS) {
          return containment;
        }
        if (Duration.between(printed, Instant.now()).toSeconds() >= 10) {
          System.out.printf("    %s%n", progress.getString("summary"));
          printed = Instant.now();
        }
      } else {
        System.out.printf("    GET incident answered %d through HAProxy%n", incident.status());
      }
      assertThat(Instant.now()).as("all accounts of %s settled", reference).isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  /** How often the DC wrote each account's password since the test added it (unicodePwd version). */
  private static Map<String, Integer> passwordWritesSinceSeeding() throws LDAPException {
    try (LDAPConnection ldap = dc.connectAsAdministrator()) {
      Map<String, Integer> after = PasswordWrites.byAccount(ldap, SambaAdDc.STAFF, PREFIX);
      Map<String, Integer> writes = new TreeMap<>();
      writesBefore.forEach((account, before) -> writes.put(account, after.getOrDefault(account, before) - before));
      return writes;
    }
  }

  /**
   * The DC's own record. Every account's password was written exactly once, also where the killed node's reset
   * job was in flight, and must be changed at the next logon.
   */
  private static void assertDirectory(Map<String, Integer> writes) throws LDAPException {
    Map<Integer, Long> histogram = writes.values().stream().collect(Collectors.groupingBy(w -> w, TreeMap::new,
        Collectors.counting()));
    List<String> twice = writes.entrySet().stream().filter(w -> w.getValue() > 1).map(Map.Entry::getKey).toList();
    System.out.printf("containment failover: password writes per account read back from the DC: %s (writes ->"
        + " accounts); written more than once: %s%n", histogram, twice);
    assertThat(writes.entrySet()).as("the DC wrote every account's password once (unicodePwd version)")
        .allSatisfy(account -> assertThat(account.getValue()).as(account.getKey()).isEqualTo(1));
    try (LDAPConnection ldap = dc.connectAsAdministrator()) {
      List<SearchResultEntry> users = ldap.search(SambaAdDc.STAFF, SearchScope.ONE,
          Filter.createSubInitialFilter("sAMAccountName", PREFIX), "sAMAccountName", "pwdLastSet").getSearchEntries();
      assertThat(users).hasSize(ACCOUNTS).allSatisfy(user ->
          assertThat(user.getAttributeValue("pwdLastSet")).as("%s must change its password", user.getDN()).isEqualTo("0"));
    }
  }

  private static String directoryBody(DirectorySettings s) {
    return Json.createObjectBuilder().add("kind", "ACTIVE_DIRECTORY").add("url", s.url()).add("bindDn", s.bindDn())
        .add("bindPassword", s.bindPassword()).add("baseDn", s.baseDn()).add("quarantineOu", s.quarantineOu())
        .add("quarantineGroup", s.quarantineGroup()).add("caCertificate", s.caCertificate()).build().toString();
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
