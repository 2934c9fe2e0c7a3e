package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.directory.DirectorySettings;
import org.breachresponse.directory.SambaAdDc;
import org.breachresponse.directory.Slapd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two practices, two real directories, one server: practice A is the test server's first practice
 * ({@code practice}, set from the environment on the Samba AD DC of {@link SambaAdDc}), practice B is created
 * here and given an OpenLDAP slapd with ppolicy (a {@link Slapd} of its own, on a port of its own) through
 * {@code PUT /practices/{id}/directory}. One incident in each is approved for containment at the same time;
 * each directory, read back, changed exactly its own practice's machine and account, whose names exist in
 * that directory only. Changing B's settings closes B's old connection pool and the test connection runs on
 * the new settings, naming the wrong field.
 */
class TwoPracticesContainmentIT extends InServerTest {

  private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
  private static final String PRACTICE_A = "practice";
  private static final String PRACTICE_B = "tpc-b-" + RUN;
  private static final String MACHINE_A = "TPA-PC-" + RUN;
  private static final String ACCOUNT_A = "tpa.user" + RUN;
  private static final String MACHINE_B = "tpb-pc-" + RUN;
  private static final String ACCOUNT_B = "tpb.user" + RUN;
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private static SambaAdDc dc;
  private static Slapd slapd;
  private static java.net.URL server;

  @BeforeAll
  static void startBothDirectories() throws LDAPException {
    dc = SambaAdDc.shared();
    dc.addComputer(MACHINE_A, SambaAdDc.WORKSTATION);
    dc.addUser(ACCOUNT_A);
    slapd = Slapd.startOwn();
    try (LDAPConnection admin = slapd.admin()) {
      Entry machine = new Entry("cn=" + MACHINE_B + "," + Slapd.MACHINES);
      machine.addAttribute("objectClass", "device");
      machine.addAttribute("cn", MACHINE_B);
      admin.add(machine);
      Entry person = new Entry("uid=" + ACCOUNT_B + "," + Slapd.PEOPLE);
      person.addAttribute("objectClass", "inetOrgPerson");
      person.addAttribute("uid", ACCOUNT_B);
      person.addAttribute("cn", ACCOUNT_B);
      person.addAttribute("sn", ACCOUNT_B);
      person.addAttribute("userPassword", Slapd.USER_PASSWORD);
      admin.add(person);
    }
  }

  @AfterAll
  static void stopSlapdAndDeactivateB() {
    if (server != null) {
      new ApiClient(server, "demo").post("api/breach/practices/" + PRACTICE_B + "/deactivation", "");
    }
    if (slapd != null) {
      slapd.close();
    }
  }

  @Test
  void eachPracticesContainmentChangesOnlyItsOwnDirectoryAndChangedSettingsCloseTheOldPool() throws LDAPException {
    server = base;
    ApiClient admin = new ApiClient(base, "demo");
    ApiClient.Response created = admin.post("api/breach/practices", """
        {"id": "%s", "name": "Happy Teeth B, PLLC", "timeZone": "America/New_York",
         "postalAddress": "5 Elm Street | Albany, NY 12207", "tollFreeNumber": "1-800-555-0199",
         "email": "privacy@b.example", "website": "https://b.example", "privacyOfficer": "Lee Park, Privacy Officer"}"""
        .formatted(PRACTICE_B));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    ApiClient.Response connected = admin.put("api/breach/practices/" + PRACTICE_B + "/directory", "application/json",
        directoryBody(Slapd.QUARANTINE_OU, true));
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);
    assertThat(connected.json().getBoolean("saved")).isTrue();
    assertThat(connected.json().getJsonObject("connection").getBoolean("ok")).as(connected.body()).isTrue();
    assertThat(connected.body()).doesNotContain(slapd.settings().bindPassword()).doesNotContain("v1:");

    String frontDeskB = user("front-desk", "fd");
    String responderB = user("it-responder", "it");
    String incidentA = scoped("front-desk", "it-responder", null, MACHINE_A.toLowerCase(Locale.ROOT), ACCOUNT_A);
    String incidentB = scoped(frontDeskB, responderB, PRACTICE_B, MACHINE_B, ACCOUNT_B);
    EngineTasks tasks = new EngineTasks(base);
    tasks.complete("it-responder", incidentA, TASK_APPROVE_CONTAINMENT, "{\"holdBack\": {\"value\": \"\"}}");
    tasks.complete(responderB, incidentB, TASK_APPROVE_CONTAINMENT, "{\"holdBack\": {\"value\": \"\"}}");

    JsonObject containedA = awaitContained(new ApiClient(base, "it-responder"), incidentA);
    JsonObject containedB = awaitContained(new ApiClient(base, responderB), incidentB);
    assertThat(containedA.getJsonObject("practice").getString("id")).isEqualTo(PRACTICE_A);
    assertThat(containedB.getJsonObject("practice").getString("id")).isEqualTo(PRACTICE_B);
    assertActions(containedA, "ACTIVE_DIRECTORY");
    assertActions(containedB, "OPENLDAP");

    try (LDAPConnection ad = dc.connectAsAdministrator()) {
      SearchResultEntry computer = ad.searchForEntry(SambaAdDc.BASE_DN, SearchScope.SUB,
          Filter.createEqualityFilter("sAMAccountName", MACHINE_A + "$"), "userAccountControl");
      assertThat(computer.getAttributeValueAsInteger("userAccountControl") & 0x2).as("A's machine disabled").isEqualTo(2);
      assertThat(computer.getParsedDN().getParentString()).isEqualToIgnoringCase(SambaAdDc.QUARANTINE);
      SearchResultEntry user = ad.searchForEntry(SambaAdDc.STAFF, SearchScope.ONE,
          Filter.createEqualityFilter("sAMAccountName", ACCOUNT_A), "pwdLastSet");
      assertThat(user.getAttributeValue("pwdLastSet")).as("A's account must change its password").isEqualTo("0");
      assertThat(ad.searchForEntry(SambaAdDc.BASE_DN, SearchScope.SUB, Filter.createORFilter(
          Filter.createEqualityFilter("cn", MACHINE_B), Filter.createEqualityFilter("sAMAccountName", ACCOUNT_B))))
          .as("B's names are not in A's directory").isNull();
    }
    try (LDAPConnection ldap = slapd.admin()) {
      SearchResultEntry machine = ldap.searchForEntry(Slapd.BASE, SearchScope.SUB,
          Filter.createEqualityFilter("cn", MACHINE_B), "pwdAccountLockedTime");
      assertThat(machine.getParsedDN().getParentString()).as("B's machine moved").isEqualToIgnoringCase(Slapd.QUARANTINE_OU);
      assertThat(machine.getAttributeValue("pwdAccountLockedTime")).as("B's machine locked").isEqualTo("000001010000Z");
      SearchResultEntry person = ldap.getEntry("uid=" + ACCOUNT_B + "," + Slapd.PEOPLE, "pwdReset");
      assertThat(person.getAttributeValue("pwdReset")).as("B's account must change its password").isEqualTo("TRUE");
      assertThat(ldap.search(Slapd.BASE, SearchScope.SUB, Filter.createORFilter(
          Filter.createEqualityFilter("cn", MACHINE_A), Filter.createEqualityFilter("uid", ACCOUNT_A))).getEntryCount())
          .as("A's names are not in B's directory").isZero();
      assertThat(ldap.search(Slapd.QUARANTINE_OU, SearchScope.ONE, Filter.createPresenceFilter("objectClass"))
          .getEntryCount()).as("only B's machine was quarantined in B's directory").isEqualTo(1);
    }

    assertThat(connectionsTo(slapd.port())).as("B's pool holds its connections to slapd").isPositive();
    ApiClient.Response wrongOu = admin.put("api/breach/practices/" + PRACTICE_B + "/directory", "application/json",
        directoryBody("ou=missing," + Slapd.BASE, false));
    assertThat(wrongOu.status()).as(wrongOu.body()).isEqualTo(200);
    assertThat(wrongOu.json().getBoolean("saved")).isTrue();
    JsonObject check = wrongOu.json().getJsonObject("connection");
    assertThat(check.getBoolean("ok")).isFalse();
    assertThat(check.getString("field")).as("the new settings were tried, the kept password with them")
        .isEqualTo("quarantineOu");
    assertThat(check.getString("message")).contains("ou=missing").contains("not found");
    awaitNoConnectionsTo(slapd.port());

    ApiClient.Response invalid = admin.put("api/breach/practices/" + PRACTICE_B + "/directory", "application/json", """
        {"kind": "OPENLDAP", "url": "http://localhost", "bindDn": "nobody", "baseDn": "%s", "quarantineOu": "%s",
         "quarantineGroup": "%s", "caCertificate": "not a certificate"}"""
        .formatted(Slapd.BASE, Slapd.QUARANTINE_OU, Slapd.QUARANTINE_GROUP));
    assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
    assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field")).containsExactly("url", "bindDn", "caCertificate");
    ApiClient.Response notAdmin = new ApiClient(base, responderB).put("api/breach/practices/" + PRACTICE_B + "/directory",
        "application/json", directoryBody(Slapd.QUARANTINE_OU, true));
    assertThat(notAdmin.status()).isEqualTo(403);
    ApiClient.Response unknown = admin.put("api/breach/practices/tpc-none-" + RUN + "/directory", "application/json",
        directoryBody(Slapd.QUARANTINE_OU, true));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"id\"");

    ApiClient.Response edr = admin.put("api/breach/practices/" + PRACTICE_B + "/edr", "application/json", """
        {"kind": "CROWDSTRIKE_FALCON", "clientId": "falcon-client", "clientSecret": "falcon-s3cret",
         "apiBase": "https://127.0.0.1:1", "tokenUrl": null}""");
    assertThat(edr.status()).as(edr.body()).isEqualTo(200);
    assertThat(edr.json().getJsonObject("connection").getString("field")).isEqualTo("tokenUrl");
    assertThat(edr.body()).doesNotContain("falcon-s3cret");
    ApiClient.Response backToNone = admin.put("api/breach/practices/" + PRACTICE_B + "/edr", "application/json",
        "{\"kind\": \"NONE\"}");
    assertThat(backToNone.status()).as(backToNone.body()).isEqualTo(200);
    assertThat(backToNone.json().isNull("connection")).isTrue();
  }

  /** B's directory settings as JSON; {@code withPassword} false leaves the password out, keeping the stored one. */
  private static String directoryBody(String quarantineOu, boolean withPassword) {
    DirectorySettings s = slapd.settings();
    var body = Json.createObjectBuilder().add("kind", "OPENLDAP").add("url", s.url()).add("bindDn", s.bindDn())
        .add("baseDn", s.baseDn()).add("quarantineOu", quarantineOu).add("quarantineGroup", s.quarantineGroup())
        .add("caCertificate", s.caCertificate());
    if (withPassword) {
      body.add("bindPassword", s.bindPassword());
    }
    return body.build().toString();
  }

  /** A user of practice B only, in role group {@code group}; the password is the user id. */
  private String user(String group, String name) {
    String id = "tpc-" + name + "-" + RUN;
    ApiClient admin = new ApiClient(base, "demo");
    ApiClient.Response created = admin.post("engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Practice B", "lastName": "Staff"}, "credentials": {"password": "%s"}}"""
        .formatted(id, id));
    assertThat(created.status()).as(created.body()).isEqualTo(204);
    assertThat(admin.put("engine-rest/group/" + group + "/members/" + id, "application/json", "").status()).isEqualTo(204);
    assertThat(admin.put("engine-rest/tenant/" + PRACTICE_B + "/user-members/" + id, "application/json", "").status())
        .isEqualTo(204);
    return id;
  }

  /** An incident reported by {@code frontDesk}, confirmed and scoped by {@code responder}: at Approve containment. */
  private String scoped(String frontDesk, String responder, String practice, String machine, String account) {
    ApiClient.Response reported = new ApiClient(base, frontDesk).post("api/breach/incidents", """
        {"reportedBy": "Reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"%s}"""
        .formatted(LocalDate.now(), practice == null ? "" : ", \"practice\": \"" + practice + "\""));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String reference = reported.json().getString("reference");
    EngineTasks tasks = new EngineTasks(base);
    tasks.complete(responder, reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "EDR alert confirmed"}}""");
    tasks.complete(responder, reference, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "%s"}, "compromisedAccounts": {"value": "%s"},
         "dataNames": {"value": true}, "howItHappened": {"value": "Remote-support tool abused"},
         "affectedIndividualsByState": {"value": "TX 12"}, "dataEncryptedKeySafe": {"value": false}}"""
        .formatted(machine, account));
    return reference;
  }

  private static void assertActions(JsonObject incident, String adapter) {
    assertThat(incident.getJsonObject("containment").getJsonArray("actions").getValuesAs(JsonObject.class))
        .as(incident.toString()).hasSize(2).allSatisfy(action -> {
          assertThat(action.getString("adapter")).isEqualTo(adapter);
          assertThat(action.getString("outcome")).isEqualTo("SUCCEEDED");
        });
  }

  private static JsonObject awaitContained(ApiClient client, String reference) {
    return await(client, reference, incident -> !incident.isNull("containment")
        && incident.getJsonObject("containment").getJsonObject("machines").getInt("contained") == 1
        && incident.getJsonObject("containment").getJsonObject("accounts").getInt("contained") == 1);
  }

  private static JsonObject await(ApiClient client, String reference, Predicate<JsonObject> done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonObject incident = client.get("api/breach/incidents/" + reference).json();
    while (!done.test(incident)) {
      assertThat(Instant.now()).as("incident %s did not get there: %s", reference, incident).isBefore(deadline);
      pause();
      incident = client.get("api/breach/incidents/" + reference).json();
    }
    return incident;
  }

  /** Waits until no open TCP connection to slapd is left: the old settings' pool was closed. */
  private static void awaitNoConnectionsTo(int port) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (connectionsTo(port) > 0) {
      assertThat(Instant.now()).as("B's old pool still holds connections to slapd").isBefore(deadline);
      pause();
    }
  }

  /**
   * Established TCP connections from this machine to {@code port} on loopback, from the kernel's table: the
   * server runs here, and this test holds no connection to slapd while it counts.
   */
  private static long connectionsTo(int port) {
    String remotePort = String.format(":%04X", port);
    long count = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      try {
        count += Files.readAllLines(file).stream().skip(1).map(String::strip).map(line -> line.split("\\s+"))
            .filter(f -> f.length > 3 && f[2].endsWith(remotePort) && "01".equals(f[3])).count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return count;
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
