package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.directory.SambaAdDc.DONT_EXPIRE_PASSWORD;
import static org.breachresponse.directory.SambaAdDc.QUARANTINE;
import static org.breachresponse.directory.SambaAdDc.QUARANTINE_GROUP;
import static org.breachresponse.directory.SambaAdDc.STAFF;
import static org.breachresponse.directory.SambaAdDc.STAFF_PASSWORD;
import static org.breachresponse.directory.SambaAdDc.WORKSTATION;
import static org.breachresponse.directory.SambaAdDc.WORKSTATIONS;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Active Directory adapter against a real Samba AD DC ({@link SambaAdDc}); every action is checked by
 * reading the directory back as its administrator.
 */
class ActiveDirectoryIT {

  private static final int DISABLED = ActiveDirectory.ACCOUNT_DISABLED;
  private static final List<String> HOSTILE = List.of("*", "*)(objectClass=*", "WS-01$)(|(sAMAccountName=*",
      "admin,dc=practice,dc=test", "CN=WS-01,OU=Workstations,DC=practice,DC=test", "WS-01\0", "\0",
      "x".repeat(300));
  /** For failures before any search: should one wrongly get through, it changes nothing. */
  private static final Hostname NOWHERE = new Hostname("WS-NOWHERE");

  private static SambaAdDc dc;
  private static Directory directory;

  @BeforeAll
  static void startDomainController() {
    dc = SambaAdDc.fresh();
    directory = new ActiveDirectory(dc.settings(), SambaAdDc.connector(dc.settings()));
  }

  @Test
  void isolationDisablesGroupsAndMovesTheMachineKeepingItsOtherFlags() throws LDAPException {
    MachineIsolation isolation = directory.isolate(new Hostname("WS-02"));

    SearchResultEntry computer = computer("WS-02");
    assertThat(computer.getParsedDN()).isEqualTo(new DN("CN=WS-02," + QUARANTINE));
    assertThat(computer.getAttributeValueAsInteger("userAccountControl"))
        .isEqualTo(WORKSTATION | DONT_EXPIRE_PASSWORD | DISABLED);
    assertThat(groupMembers()).contains(computer.getParsedDN());
    assertThat(isolation).isEqualTo(new MachineIsolation("WS-02", "CN=WS-02," + WORKSTATIONS,
        "CN=WS-02," + QUARANTINE, WORKSTATION | DONT_EXPIRE_PASSWORD, false));
  }

  @Test
  void isolatingTwiceChangesNothingTheSecondTimeAndSaysSo() throws LDAPException {
    dc.addComputer("WS-TWICE", WORKSTATION);
    MachinePlace before = directory.place(new Hostname("WS-TWICE"));
    MachineIsolation first = directory.isolate(new Hostname("WS-TWICE"));
    Map<String, String> afterFirst = snapshot();

    assertThat(before.isolated()).isFalse();
    assertThat(before.accountFlags()).as("what the isolation records").isEqualTo(first.originalAccountFlags());
    assertThat(before.originalDn()).isEqualTo(before.dn()).isEqualTo(first.originalDn());
    MachinePlace isolated = directory.place(new Hostname("WS-TWICE"));
    assertThat(isolated.isolated()).isTrue();
    assertThat(new DN(isolated.dn())).isEqualTo(new DN(first.quarantinedDn()));
    assertThat(isolated.accountFlags()).isEqualTo(WORKSTATION | DISABLED);
    MachineIsolation second = directory.isolate(new Hostname("ws-twice"));

    assertThat(snapshot()).isEqualTo(afterFirst);
    assertThat(first.wasAlreadyIsolated()).isFalse();
    assertThat(second.wasAlreadyIsolated()).isTrue();
    assertThat(second.quarantinedDn()).isEqualTo(first.quarantinedDn());
  }

  @Test
  void restoreBringsBackPlaceFlagsAndGroupAndMayBeRepeated() throws LDAPException {
    MachineIsolation isolation = directory.isolate(new Hostname("WS-01"));

    directory.restore(isolation);
    directory.restore(isolation);

    SearchResultEntry computer = computer("WS-01");
    assertThat(computer.getParsedDN()).isEqualTo(new DN("CN=WS-01," + WORKSTATIONS));
    assertThat(computer.getAttributeValueAsInteger("userAccountControl")).isEqualTo(WORKSTATION);
    assertThat(groupMembers()).doesNotContain(computer.getParsedDN(), new DN(isolation.quarantinedDn()));
  }

  @Test
  void aMachineDisabledBeforeIsolationStaysDisabledAfterRestore() throws LDAPException {
    assertThat(directory.place(new Hostname("WS-03")).isolated()).as("disabled but in its place").isFalse();
    MachineIsolation isolation = directory.isolate(new Hostname("WS-03"));
    assertThat(isolation.wasAlreadyIsolated()).isFalse();
    assertThat(groupMembers()).contains(new DN(isolation.quarantinedDn()));

    directory.restore(isolation);

    SearchResultEntry computer = computer("WS-03");
    assertThat(computer.getParsedDN()).isEqualTo(new DN("CN=WS-03," + WORKSTATIONS));
    assertThat(computer.getAttributeValueAsInteger("userAccountControl")).isEqualTo(WORKSTATION | DISABLED);
    assertThat(groupMembers()).doesNotContain(computer.getParsedDN());
  }

  @Test
  void aMachineIsFoundByItsFullyQualifiedName() throws LDAPException {
    dc.addComputer("WS-FQDN", WORKSTATION);

    directory.isolate(new Hostname("ws-fqdn.practice.test"));

    assertThat(computer("WS-FQDN").getParsedDN()).isEqualTo(new DN("CN=WS-FQDN," + QUARANTINE));
  }

  @Test
  void aMachineOfTheSameNameInAnotherDomainIsNotTouched() {
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> directory.isolate(new Hostname("ws-01.other.test")))
        .isInstanceOf(DirectoryTargetNotFoundException.class)
        .hasMessageContaining("dNSHostName ws-01.other.test");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aMissingQuarantineOuIsFoundBeforeTheMachineIsTouched() {
    dc.addComputer("WS-NO-OU", WORKSTATION);
    DirectorySettings settings = dc.settings();
    DirectorySettings missingOu = new DirectorySettings(settings.kind(), settings.url(), settings.bindDn(),
        settings.bindPassword(), settings.baseDn(), "OU=Missing," + SambaAdDc.BASE_DN, settings.quarantineGroup(),
        settings.caCertificate(), false);
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> new ActiveDirectory(missingOu, SambaAdDc.connector(missingOu))
        .isolate(new Hostname("WS-NO-OU")))
        .hasMessageContaining("OU=Missing," + SambaAdDc.BASE_DN + " does not exist");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anUnknownMachineIsReportedNamingWhatWasSearched() {
    assertThatThrownBy(() -> directory.isolate(new Hostname("WS-99")))
        .isInstanceOf(DirectoryTargetNotFoundException.class)
        .hasMessageContaining("sAMAccountName WS-99$")
        .hasMessageContaining(SambaAdDc.BASE_DN);
  }

  @Test
  void aForcedResetLocksOutTheOldPasswordAndDemandsANewOne() throws LDAPException {
    String jdoe = "CN=jdoe," + STAFF;
    assertThat(dc.bind(jdoe, STAFF_PASSWORD)).isEmpty();

    directory.forcePasswordReset(new AccountName("jdoe"));
    directory.forcePasswordReset(new AccountName("jdoe"));

    assertThat(dc.bind(jdoe, STAFF_PASSWORD)).hasValueSatisfying(refused ->
        assertThat(refused.getDiagnosticMessage()).contains("data 52e"));
    assertThat(attribute(jdoe, "pwdLastSet")).isEqualTo("0");
  }

  @Test
  void thePasswordWriteStampIsTheUnicodePwdVersionAndEveryResetRaisesIt() throws LDAPException {
    dc.addUser("stamp");
    AccountName stamp = new AccountName("stamp");
    String before = directory.passwordWriteStamp(stamp);
    assertThat(directory.passwordWriteStamp(stamp)).as("reading changes nothing").isEqualTo(before);

    directory.forcePasswordReset(stamp);
    String afterFirst = directory.passwordWriteStamp(stamp);
    directory.forcePasswordReset(new AccountName("stamp@practice.test"));

    int version;
    try (LDAPConnection admin = dc.connectAsAdministrator()) {
      version = PasswordWrites.byAccount(admin, SambaAdDc.BASE_DN, "stamp").get("stamp");
    }
    assertThat(directory.passwordWriteStamp(stamp)).isEqualTo("unicodePwd version " + version)
        .isNotEqualTo(afterFirst);
    assertThat(afterFirst).isEqualTo("unicodePwd version " + (version - 1)).isNotEqualTo(before);
    assertThat(directory.resetSince(stamp, afterFirst)).as("one reset since").isTrue();
    assertThat(directory.resetSince(stamp, before)).as("two writes since: not one interrupted reset").isFalse();
    assertThat(directory.resetSince(stamp, directory.passwordWriteStamp(stamp))).as("nothing since").isFalse();
    assertThatThrownBy(() -> directory.passwordWriteStamp(new AccountName("nobody")))
        .isInstanceOf(DirectoryTargetNotFoundException.class);
  }

  @Test
  void aResetHandsOverTheStampOfJustBeforeItsWriteAndWritesOnlyAfterIt() throws LDAPException {
    dc.addUser("handover");
    AccountName account = new AccountName("handover");
    String before = directory.passwordWriteStamp(account);

    assertThatThrownBy(() -> directory.forcePasswordReset(account, stamp -> {
      throw new IllegalStateException("the intent could not be committed");
    })).hasMessageContaining("intent");
    assertThat(directory.passwordWriteStamp(account)).as("nothing written without the intent").isEqualTo(before);

    List<String> handedOver = new ArrayList<>();
    directory.forcePasswordReset(account, handedOver::add);

    assertThat(handedOver).containsExactly(before);
    assertThat(directory.resetSince(account, before)).as("the one write since the stamp handed over").isTrue();
    assertThat(attribute("CN=handover," + STAFF, "pwdLastSet")).isEqualTo("0");
    assertThatThrownBy(() -> directory.forcePasswordReset(new AccountName("nobody"), handedOver::add))
        .isInstanceOf(DirectoryTargetNotFoundException.class);
  }

  @Test
  void aUserIsFoundByPrincipalName() throws LDAPException {
    String asmith = "CN=asmith," + STAFF;
    String pwdLastSetBefore = attribute(asmith, "pwdLastSet");

    directory.forcePasswordReset(new AccountName("asmith@practice.test"));

    assertThat(pwdLastSetBefore).isNotEqualTo("0");
    assertThat(attribute(asmith, "pwdLastSet")).isEqualTo("0");
    assertThat(dc.bind(asmith, STAFF_PASSWORD)).hasValueSatisfying(refused ->
        assertThat(refused.getDiagnosticMessage()).contains("data 52e"));
  }

  @Test
  void aResetWorksOverStartTls() throws LDAPException {
    String user = dc.addUser("starttls");
    DirectorySettings startTls = dc.settings("ldap://" + SambaAdDc.HOST + ":389");

    new ActiveDirectory(startTls, SambaAdDc.connector(startTls)).forcePasswordReset(new AccountName("starttls"));

    assertThat(attribute(user, "pwdLastSet")).isEqualTo("0");
    assertThat(dc.bind(user, STAFF_PASSWORD)).isPresent();
  }

  @Test
  void anUnknownUserIsReportedNamingWhatWasSearched() {
    assertThatThrownBy(() -> directory.forcePasswordReset(new AccountName("nobody")))
        .isInstanceOf(DirectoryTargetNotFoundException.class)
        .hasMessageContaining("sAMAccountName nobody");
  }

  @Test
  void hostileNamesAreRefusedBeforeTheyReachTheDirectory() {
    for (String hostile : HOSTILE) {
      assertThat(Hostname.parse(hostile)).as(hostile).isEmpty();
      assertThat(AccountName.parse(hostile)).as(hostile).isEmpty();
    }
  }

  @Test
  void oddButValidNamesChangeNothingInTheDirectory() {
    Map<String, String> before = snapshot();
    String longHost = String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(61));

    for (Hostname odd : List.of(new Hostname(longHost), new Hostname("ws-01.practice.test.evil"))) {
      assertThatThrownBy(() -> directory.isolate(odd)).isInstanceOf(DirectoryTargetNotFoundException.class);
    }
    for (AccountName odd : List.of(new AccountName("x".repeat(64)), new AccountName("jdoe@other.test"),
        new AccountName("Administrator@evil"))) {
      assertThatThrownBy(() -> directory.forcePasswordReset(odd))
          .isInstanceOf(DirectoryTargetNotFoundException.class);
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void filterCharactersInARawNameAreSearchedLiterallyAndMatchNothing() throws LDAPException {
    Map<String, String> before = snapshot();
    ActiveDirectoryEntries entries = new ActiveDirectoryEntries(new DN(SambaAdDc.BASE_DN));

    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      for (String hostile : HOSTILE) {
        assertThatThrownBy(() -> entries.computer(connection, hostile)).as(hostile)
            .isInstanceOf(DirectoryTargetNotFoundException.class)
            .hasMessageStartingWith("No computer");
        assertThatThrownBy(() -> entries.user(connection, hostile)).as(hostile)
            .isInstanceOf(DirectoryTargetNotFoundException.class)
            .hasMessageStartingWith("No user");
      }
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aStoppedDirectoryIsReportedAsUnavailable() {
    dc.stop();
    try {
      assertThatThrownBy(() -> directory.isolate(NOWHERE))
          .isInstanceOf(DirectoryUnavailableException.class)
          .hasMessageContaining(SambaAdDc.HOST);
      assertThatThrownBy(() -> directory.forcePasswordReset(new AccountName("nobody")))
          .isInstanceOf(DirectoryUnavailableException.class);
    } finally {
      dc.start();
    }
  }

  @Test
  void aRestartedDomainControllerIsReachedAgainWithoutAFailure() throws LDAPException {
    dc.addComputer("WS-RESTART", WORKSTATION);
    dc.addUser("restart.user");
    directory.forcePasswordReset(new AccountName("restart.user"));

    dc.stop();
    dc.start();

    directory.isolate(new Hostname("WS-RESTART"));
    assertThat(computer("WS-RESTART").getParsedDN()).isEqualTo(new DN("CN=WS-RESTART," + QUARANTINE));
  }

  @Test
  void aPortNobodyListensOnIsReportedAsUnavailable() {
    DirectorySettings nowhere = dc.settings("ldaps://" + SambaAdDc.HOST + ":1");

    assertThatThrownBy(() -> new ActiveDirectory(nowhere, SambaAdDc.connector(nowhere))
        .isolate(NOWHERE))
        .isInstanceOf(DirectoryUnavailableException.class);
  }

  /** By "localhost", not 127.0.0.1: the SDK accepts any certificate on a numeric loopback address. */
  @Test
  void aCertificateForAnotherNameIsRefused() {
    DirectorySettings byOtherName = dc.settings("ldaps://localhost:636");

    assertThatThrownBy(() -> new ActiveDirectory(byOtherName, SambaAdDc.connector(byOtherName))
        .isolate(NOWHERE))
        .isInstanceOf(DirectoryUnavailableException.class)
        .hasStackTraceContaining("Hostname verification failed");
  }

  @Test
  void aCertificateFromAnotherAuthorityIsRefused() {
    DirectorySettings settings = dc.settings();
    DirectorySettings jvmTrust = new DirectorySettings(settings.kind(), settings.url(), settings.bindDn(),
        settings.bindPassword(), settings.baseDn(), settings.quarantineOu(), settings.quarantineGroup(), null, false);

    assertThatThrownBy(() -> new ActiveDirectory(jvmTrust, SambaAdDc.connector(jvmTrust))
        .isolate(NOWHERE))
        .isInstanceOf(DirectoryUnavailableException.class)
        .hasStackTraceContaining("PKIX path building failed");
  }

  private static SearchResultEntry computer(String name) throws LDAPException {
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      return connection.searchForEntry(SambaAdDc.BASE_DN, SearchScope.SUB,
          Filter.createEqualityFilter("sAMAccountName", name + "$"), "userAccountControl");
    }
  }

  private static List<DN> groupMembers() throws LDAPException {
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      String[] members = connection.getEntry(QUARANTINE_GROUP, "member").getAttributeValues("member");
      return members == null ? List.of() : Arrays.stream(members).map(ActiveDirectoryIT::dn).toList();
    }
  }

  private static String attribute(String dn, String attribute) throws LDAPException {
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      return connection.getEntry(dn, attribute).getAttributeValue(attribute);
    }
  }

  /** Every entry's place, flags, members and password age: what a stray modify would have changed. */
  private static Map<String, String> snapshot() {
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      Map<String, String> entries = new TreeMap<>();
      for (SearchResultEntry entry : connection.search(SambaAdDc.BASE_DN, SearchScope.SUB,
          Filter.createPresenceFilter("objectClass"), "userAccountControl", "member", "pwdLastSet")
          .getSearchEntries()) {
        entries.put(entry.getParsedDN().toNormalizedString(), entry.getAttributeValue("userAccountControl") + " "
            + Arrays.toString(entry.getAttributeValues("member")) + " " + entry.getAttributeValue("pwdLastSet"));
      }
      return entries;
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DN dn(String text) {
    try {
      return new DN(text);
    } catch (LDAPException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
