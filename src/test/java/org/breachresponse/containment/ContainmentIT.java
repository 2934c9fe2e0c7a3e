package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLEANSE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_EVIDENCE;
import static org.breachresponse.process.BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.directory.SambaAdDc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Containment and removal of the threat end to end, in the provisioned server against a real Samba AD DC,
 * driven through the engine REST API exactly as the Tasklist drives it: an incident scoped with three
 * machines and two accounts is approved; the engine disables and quarantines the machines and forces the
 * users to change their passwords in the DC; evidence, cleansing and a second responder's verification
 * then bring the machines back. The DC is read back after each step.
 */
class ContainmentIT extends InServerTest {

  private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final List<String> MACHINES = List.of("CIT-PC-01", "CIT-PC-02", "CIT-XRAY-01");
  private static final List<String> USERS = List.of("cit.jdoe", "cit.asmith");
  private static SambaAdDc dc;

  @BeforeAll
  static void startDomainController() {
    dc = SambaAdDc.shared();
    for (String machine : MACHINES) {
      dc.addComputer(machine, SambaAdDc.WORKSTATION);
    }
    for (String user : USERS) {
      dc.addUser(user);
    }
  }

  @Test
  void approvedContainmentQuarantinesMachinesAndResetsUsersInTheDirectoryAndVerifiedMachinesComeBack()
      throws LDAPException {
    ApiClient responder = new ApiClient(base, "it-responder");
    EngineTasks tasks = new EngineTasks(base);
    String reference = tasks.scopedIncident(String.join("\n", MACHINES).toLowerCase(), String.join("\n", USERS));

    tasks.complete("it-responder", reference, TASK_APPROVE_CONTAINMENT, "{\"holdBack\": {\"value\": \"\"}}");
    JsonObject contained = awaitIncident(responder, reference, incident -> containment(incident) != null
        && progress(incident, "machines").getInt("contained") == 3 && progress(incident, "accounts").getInt("contained") == 2);

    try (LDAPConnection ldap = dc.connectAsAdministrator()) {
      for (String machine : MACHINES) {
        SearchResultEntry computer = computer(ldap, machine);
        assertThat(computer.getAttributeValueAsInteger("userAccountControl") & 0x2).as(machine + " disabled").isEqualTo(2);
        assertThat(computer.getParsedDN().getParentString()).as(machine + " moved").isEqualToIgnoringCase(SambaAdDc.QUARANTINE);
        assertThat(computer.getAttributeValues("memberOf")).as(machine + " grouped").contains(SambaAdDc.QUARANTINE_GROUP);
      }
      for (String user : USERS) {
        SearchResultEntry entry = ldap.searchForEntry(SambaAdDc.STAFF, com.unboundid.ldap.sdk.SearchScope.ONE,
            com.unboundid.ldap.sdk.Filter.createEqualityFilter("sAMAccountName", user), "pwdLastSet");
        assertThat(entry.getAttributeValue("pwdLastSet")).as(user + " must change the password").isEqualTo("0");
        assertThat(dc.bind(entry.getDN(), SambaAdDc.STAFF_PASSWORD)).as(user + "'s old password").isPresent();
      }
    }
    JsonArray actions = containment(contained).getJsonArray("actions");
    assertThat(actions.getValuesAs(JsonObject.class)).hasSize(5).allSatisfy(action -> {
      assertThat(action.getString("outcome")).isEqualTo("SUCCEEDED");
      assertThat(action.getString("adapter")).isEqualTo("ACTIVE_DIRECTORY");
      assertThat(action.getString("approvedBy")).isEqualTo("it-responder");
      assertThat(action.getString("startedAt")).isNotBlank();
    });
    assertThat(progress(contained, "machines").getString("summary")).startsWith("3 of 3 machines isolated, 0 failed");

    // Every target is contained before the last batch's end and the join have run: wait for the next task.
    tasks.awaitTasks(reference, TASK_WATCH_ENTRY_AND_EXIT_POINTS, 1);
    tasks.complete("it-responder", reference, TASK_WATCH_ENTRY_AND_EXIT_POINTS, """
        {"firewallAndVpnLogsReviewed": {"value": true}, "remoteAccessRevoked": {"value": true},
         "backupsDisconnected": {"value": false}, "entryPointNotes": {"value": "Backup NAS is offsite; unplugged tomorrow"}}""");
    for (int i = 0; i < 3; i++) {
      tasks.complete("it-responder", reference, TASK_RECORD_EVIDENCE, """
          {"evidenceItems": {"value": "Disk image | %s | Evidence locker, bag 4"},
           "collectedBy": {"value": "Sam Lee, IT provider"}, "collectedAt": {"value": "2026-12-01T09:15-06:00[America/Chicago]"}}"""
          .formatted(SHA));
      tasks.complete("it-responder", reference, TASK_CLEANSE_MACHINE, """
          {"scanResult": {"value": "Defender offline scan: clean"}, "remedy": {"value": "RE_IMAGED"},
           "attackerTools": {"value": "AnyDesk"}}""");
    }
    String verifyTask = tasks.taskIds(reference, TASK_VERIFY_MACHINE_CLEAN).get(0);
    ApiClient.Response refused = responder.post("engine-rest/task/" + verifyTask + "/claim", "{\"userId\": \"it-responder\"}");
    assertThat(refused.status()).as("whoever cleansed the machine cannot verify it").isGreaterThanOrEqualTo(400);
    assertThat(refused.body()).contains("someone else must verify it is clean");
    for (int i = 0; i < 3; i++) {
      tasks.complete("it-responder-2", reference, TASK_VERIFY_MACHINE_CLEAN, """
          {"machineClean": {"value": "CLEAN"}, "verificationNotes": {"value": "Second scan clean, autoruns checked"}}""");
    }

    JsonObject recovered = awaitIncident(responder, reference, incident -> "RECOVER".equals(incident.getString("phase")));
    try (LDAPConnection ldap = dc.connectAsAdministrator()) {
      for (String machine : MACHINES) {
        SearchResultEntry computer = computer(ldap, machine);
        assertThat(computer.getAttributeValueAsInteger("userAccountControl") & 0x2).as(machine + " enabled").isZero();
        assertThat(computer.getParsedDN().getParentString()).as(machine + " back").isEqualToIgnoringCase(SambaAdDc.WORKSTATIONS);
        assertThat(computer.getAttributeValues("memberOf")).as(machine + " ungrouped").isNull();
      }
    }
    JsonObject section = containment(recovered);
    assertThat(section.getJsonArray("targets").getValuesAs(JsonObject.class))
        .filteredOn(t -> t.getString("kind").equals("MACHINE"))
        .allSatisfy(t -> {
          assertThat(t.getString("status")).isEqualTo("RESTORED");
          assertThat(t.getJsonObject("eradication").getString("verifiedBy")).isEqualTo("it-responder-2");
          assertThat(t.getJsonObject("eradication").getString("cleansedBy")).isEqualTo("it-responder");
        });
    assertThat(section.getJsonArray("actions").getValuesAs(JsonObject.class))
        .filteredOn(a -> a.getString("action").equals("RESTORE")).hasSize(3)
        .allSatisfy(a -> assertThat(a.getString("outcome")).isEqualTo("SUCCEEDED"));
    JsonObject evidence = section.getJsonArray("evidence").getJsonObject(0);
    assertThat(evidence.getString("collectedAt")).isEqualTo("2026-12-01T09:15-06:00[America/Chicago]");

    ApiClient.Response transfer = responder.post("api/breach/incidents/" + reference + "/evidence/"
        + evidence.getJsonNumber("id").longValue() + "/custody", """
        {"from": "Sam Lee", "to": "Det. Ramirez, Austin PD", "at": "2026-12-02T10:00-06:00",
         "location": "Austin PD evidence room", "purpose": "criminal investigation"}""");
    assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
    ApiClient.Response bad = responder.post("api/breach/incidents/" + reference + "/evidence/"
        + evidence.getJsonNumber("id").longValue() + "/custody", "{\"from\": \"Sam\", \"at\": \"yesterday\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.body()).contains("\"at\"").contains("\"to\"").contains("\"location\"");
    JsonObject afterTransfer = responder.get("api/breach/incidents/" + reference).json();
    assertThat(containment(afterTransfer).getJsonArray("evidence").getValuesAs(JsonObject.class)
        .stream().filter(e -> e.getJsonNumber("id").longValue() == evidence.getJsonNumber("id").longValue())
        .findFirst().orElseThrow().getJsonArray("custody")).hasSize(2);
  }

  private static SearchResultEntry computer(LDAPConnection ldap, String name) throws LDAPException {
    return ldap.searchForEntry(SambaAdDc.BASE_DN, com.unboundid.ldap.sdk.SearchScope.SUB,
        com.unboundid.ldap.sdk.Filter.createEqualityFilter("sAMAccountName", name + "$"), "userAccountControl", "memberOf");
  }

  private static JsonObject containment(JsonObject incident) {
    return incident.isNull("containment") ? null : incident.getJsonObject("containment");
  }

  private static JsonObject progress(JsonObject incident, String kind) {
    return containment(incident).getJsonObject(kind);
  }

  /** Polls the incident while the engine's jobs run, until {@code done} holds; fails after {@link #PATIENCE}. */
  private static JsonObject awaitIncident(ApiClient client, String reference, Predicate<JsonObject> done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonObject incident = client.get("api/breach/incidents/" + reference).json();
    while (!done.test(incident)) {
      assertThat(Instant.now()).as("incident %s did not get there: %s", reference, incident).isBefore(deadline);
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      incident = client.get("api/breach/incidents/" + reference).json();
    }
    return incident;
  }
}
