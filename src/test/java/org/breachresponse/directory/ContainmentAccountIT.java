package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.directory.SambaAdDc.BASE_DN;
import static org.breachresponse.directory.SambaAdDc.QUARANTINE;
import static org.breachresponse.directory.SambaAdDc.QUARANTINE_GROUP;
import static org.breachresponse.directory.SambaAdDc.STAFF;
import static org.breachresponse.directory.SambaAdDc.WORKSTATION;
import static org.breachresponse.directory.SambaAdDc.WORKSTATIONS;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Containment's service account with only the rights docs/directory-accounts.md delegates (samba-tool dsacl,
 * the same ACEs): isolation, restore and a forced reset work; a domain administrator's password, another
 * group's members and other attributes of staff stay out of its reach.
 */
class ContainmentAccountIT {

  static final String SERVICE_ACCOUNTS = "OU=Service Accounts," + BASE_DN;
  static final String ACCOUNT_DN = "CN=svc-breach-containment," + SERVICE_ACCOUNTS;
  static final String ACCOUNT_PASSWORD = "Contain-Test-Passw0rd!";
  private static final String USER = "bf967aba-0de6-11d0-a285-00aa003049e2";
  private static final String COMPUTER = "bf967a86-0de6-11d0-a285-00aa003049e2";

  private static SambaAdDc dc;
  private static DirectorySettings asContainment;

  @BeforeAll
  static void delegateAsDocumented() throws Exception {
    dc = SambaAdDc.fresh();
    try (LDAPConnection admin = dc.connectAsAdministrator()) {
      admin.add(new Entry(SERVICE_ACCOUNTS, new Attribute("objectClass", "organizationalUnit")));
      Entry account = SambaAdDc.userEntry("svc-breach-containment");
      account.setDN(ACCOUNT_DN);
      account.setAttribute("unicodePwd", ("\"" + ACCOUNT_PASSWORD + "\"").getBytes(StandardCharsets.UTF_16LE));
      admin.add(account);
    }
    String sid = samba("user", "show", "svc-breach-containment", "--attributes=objectSid")
        .lines().filter(line -> line.startsWith("objectSid: ")).findFirst().orElseThrow().substring(11).strip();
    delegate(STAFF, ace("OA;CIIO;CR;00299570-246d-11d0-a768-00aa006e0529;" + USER, sid),
        ace("OA;CIIO;WP;bf967a0a-0de6-11d0-a285-00aa003049e2;" + USER, sid));
    for (String ou : List.of(WORKSTATIONS, QUARANTINE)) {
      delegate(ou, ace("OA;CIIO;WP;bf967a68-0de6-11d0-a285-00aa003049e2;" + COMPUTER, sid),
          ace("OA;CIIO;WP;bf967a0e-0de6-11d0-a285-00aa003049e2;" + COMPUTER, sid),
          ace("OA;CIIO;WP;bf96793f-0de6-11d0-a285-00aa003049e2;" + COMPUTER, sid),
          ace("OA;CI;CCDC;" + COMPUTER + ";", sid));
    }
    delegate(QUARANTINE_GROUP, ace("OA;;WP;bf9679c0-0de6-11d0-a285-00aa003049e2;", sid));
    DirectorySettings admin = dc.settings();
    asContainment = new DirectorySettings(admin.kind(), admin.url(), ACCOUNT_DN, ACCOUNT_PASSWORD, admin.baseDn(),
        admin.quarantineOu(), admin.quarantineGroup(), admin.caCertificate(), false);
  }

  @Test
  void isolationRestoreAndAForcedResetWorkWithTheDelegatedRights() throws LDAPException {
    Directory directory = new ActiveDirectory(asContainment, SambaAdDc.connector(asContainment));

    MachineIsolation isolation = directory.isolate(new Hostname("WS-02"));
    assertThat(isolation.quarantinedDn()).isEqualTo("CN=WS-02," + QUARANTINE);
    directory.restore(isolation);
    directory.forcePasswordReset(new AccountName("jdoe"));

    try (LDAPConnection admin = dc.connectAsAdministrator()) {
      Entry computer = admin.getEntry("CN=WS-02," + WORKSTATIONS, "userAccountControl");
      assertThat(computer.getAttributeValueAsInteger("userAccountControl"))
          .isEqualTo(WORKSTATION | SambaAdDc.DONT_EXPIRE_PASSWORD);
      assertThat(admin.getEntry("CN=jdoe," + STAFF, "pwdLastSet").getAttributeValue("pwdLastSet")).isEqualTo("0");
    }
  }

  @Test
  void aDomainAdministratorsPasswordIsOutOfReach() {
    Directory directory = new ActiveDirectory(asContainment, SambaAdDc.connector(asContainment));

    assertThatThrownBy(() -> directory.forcePasswordReset(new AccountName("Administrator")))
        .isInstanceOf(DirectoryRefusedException.class)
        .hasMessageContaining(ResultCode.INSUFFICIENT_ACCESS_RIGHTS.toString());
    try (LDAPConnection stillTheSame = dc.connectAsAdministrator()) {
      assertThat(stillTheSame.isConnected()).isTrue();
    }
  }

  @Test
  void otherGroupsAndOtherAttributesAreRefused() {
    try (LDAPConnection containment = SambaAdDc.connector(asContainment).connect()) {
      assertRefused(containment, "CN=Domain Admins,CN=Users," + BASE_DN,
          new Modification(ModificationType.ADD, "member", ACCOUNT_DN));
      assertRefused(containment, "CN=jdoe," + STAFF, new Modification(ModificationType.REPLACE, "description", "x"));
      assertRefused(containment, "CN=jdoe," + STAFF,
          new Modification(ModificationType.REPLACE, "userAccountControl", "514"));
    }
  }

  private static void assertRefused(LDAPConnection connection, String dn, Modification modification) {
    assertThatThrownBy(() -> connection.modify(dn, modification)).as(dn + " " + modification)
        .isInstanceOfSatisfying(LDAPException.class,
            e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.INSUFFICIENT_ACCESS_RIGHTS));
  }

  private static String ace(String head, String sid) {
    return "(" + head + ";" + sid + ")";
  }

  private static void delegate(String objectDn, String... aces) throws Exception {
    samba("dsacl", "set", "--objectdn=" + objectDn, "--sddl=" + String.join("", aces));
  }

  private static String samba(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("samba-tool"));
    command.addAll(List.of(arguments));
    command.add("-H");
    command.add(dc.samDatabase().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }
}
