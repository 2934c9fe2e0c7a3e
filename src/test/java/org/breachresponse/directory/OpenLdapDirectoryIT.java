package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.BindResult;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10ErrorType;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10RequestControl;
import com.unboundid.ldap.sdk.experimental.DraftBeheraLDAPPasswordPolicy10ResponseControl;
import java.util.List;
import java.util.Map;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenLDAP adapter against a real slapd with ppolicy (see {@link Slapd}), connecting as a service account
 * over StartTLS with the test CA verified. Each test reads the directory back itself, and each works on its
 * own machines and users, so the order does not matter.
 */
@ExtendWith(Slapd.Running.class)
class OpenLdapDirectoryIT {

  private final Slapd slapd;
  private final OpenLdapDirectory directory;

  OpenLdapDirectoryIT(Slapd slapd) {
    this.slapd = slapd;
    this.directory = new OpenLdapDirectory(slapd.settings());
  }

  @Test
  void isolatedMachineIsMovedToQuarantineGroupedAndLocked() throws LDAPException {
    MachineIsolation isolation = directory.isolate(new Hostname("ws-01"));

    String quarantined = "cn=ws-01," + Slapd.QUARANTINE_OU;
    assertThat(isolation).isEqualTo(new MachineIsolation("ws-01", "cn=ws-01," + Slapd.MACHINES, quarantined, 0, false));
    assertThat(read("cn=ws-01," + Slapd.MACHINES)).isNull();
    assertThat(read(quarantined)).isNotNull();
    assertThat(isQuarantineMember(quarantined)).isTrue();
    assertThat(read(quarantined).getAttributeValue("pwdAccountLockedTime")).isEqualTo("000001010000Z");
  }

  @Test
  void isolatingTwiceChangesNothingTheSecondTimeAndThePlaceReadsAsIsolated() throws LDAPException {
    String original = "cn=ws-03," + Slapd.MACHINES;
    assertThat(directory.place(new Hostname("ws-03"))).isEqualTo(new MachinePlace(original, original, 0, false));
    MachineIsolation first = directory.isolate(new Hostname("ws-03"));
    Map<String, String> before = slapd.snapshot();

    assertThat(directory.place(new Hostname("ws-03"))).as("where it was moved from, read from its description")
        .isEqualTo(new MachinePlace(first.quarantinedDn(), original, 0, true));
    MachineIsolation second = directory.isolate(new Hostname("ws-03"));

    assertThat(second.wasAlreadyIsolated()).isTrue();
    assertThat(second.originalDn()).isEqualTo(first.originalDn()).isEqualTo("cn=ws-03," + Slapd.MACHINES);
    assertThat(second.quarantinedDn()).isEqualTo(first.quarantinedDn());
    assertThat(slapd.snapshot()).isEqualTo(before);
  }

  @Test
  void restoreUndoesIsolationExactlyAndTwiceIsHarmless() throws LDAPException {
    String original = "cn=ws-04," + Slapd.MACHINES;
    String before = userAttributesAndLock(original);
    MachineIsolation isolation = directory.isolate(new Hostname("ws-04"));

    directory.restore(isolation);
    directory.restore(isolation);

    assertThat(userAttributesAndLock(original)).isEqualTo(before);
    assertThat(read(isolation.quarantinedDn())).isNull();
    assertThat(isQuarantineMember(isolation.quarantinedDn())).isFalse();
    assertThat(isQuarantineMember(original)).isFalse();
  }

  @Test
  void isolatedMachineCannotBindWithItsPasswordUntilRestored() throws LDAPException {
    String original = "cn=ws-02," + Slapd.MACHINES;
    assertBinds(original, Slapd.MACHINE_PASSWORD);

    MachineIsolation isolation = directory.isolate(new Hostname("ws-02"));
    assertBindRefused(isolation.quarantinedDn(), Slapd.MACHINE_PASSWORD);

    directory.restore(isolation);
    assertBinds(original, Slapd.MACHINE_PASSWORD);
    assertThat(read(original).getAttributeValues("description")).containsExactly("Front desk PC");
  }

  @Test
  void retryAfterACrashBeforeJoiningTheGroupStillKnowsTheOriginalPlace() throws LDAPException {
    MachineIsolation first = directory.isolate(new Hostname("ws-05"));
    try (LDAPConnection admin = slapd.admin()) {
      admin.modify(Slapd.QUARANTINE_GROUP, new Modification(ModificationType.DELETE, "member", first.quarantinedDn()));
    }

    assertThat(directory.place(new Hostname("ws-05"))).as("half isolated is not isolated")
        .isEqualTo(new MachinePlace(first.quarantinedDn(), "cn=ws-05," + Slapd.MACHINES, 0, false));
    MachineIsolation retried = directory.isolate(new Hostname("ws-05"));

    assertThat(retried.wasAlreadyIsolated()).isFalse();
    assertThat(retried.originalDn()).isEqualTo("cn=ws-05," + Slapd.MACHINES);
    assertThat(isQuarantineMember(retried.quarantinedDn())).isTrue();
  }

  @Test
  void afterAResetTheOldPasswordNoLongerBindsAndTheDirectoryDemandsAChange() throws LDAPException {
    String jdoe = "uid=jdoe," + Slapd.PEOPLE;
    assertBinds(jdoe, Slapd.USER_PASSWORD);

    directory.forcePasswordReset(new AccountName("jdoe"));

    assertBindRefused(jdoe, Slapd.USER_PASSWORD);
    SearchResultEntry entry = read(jdoe);
    assertThat(entry.getAttributeValue("pwdReset")).isEqualTo("TRUE");
    assertThat(entry.getAttributeValue("userPassword")).as("stored hashed by slapd").startsWith("{SSHA}");
  }

  @Test
  void everyPasswordWriteChangesTheStampAndReadingItChangesNothing() throws LDAPException {
    String user = "uid=stamp," + Slapd.PEOPLE;
    try (LDAPConnection admin = slapd.admin()) {
      admin.add(new Entry(user, new Attribute("objectClass", "inetOrgPerson"), new Attribute("uid", "stamp"),
          new Attribute("cn", "stamp"), new Attribute("sn", "stamp"), new Attribute("userPassword", Slapd.USER_PASSWORD)));
    }
    AccountName stamp = new AccountName("stamp");
    String before = directory.passwordWriteStamp(stamp);
    assertThat(directory.passwordWriteStamp(stamp)).isEqualTo(before);
    assertBinds(user, Slapd.USER_PASSWORD);
    assertThat(directory.resetSince(stamp, before)).as("nothing written yet").isFalse();

    directory.forcePasswordReset(stamp);
    String afterFirst = directory.passwordWriteStamp(stamp);
    // pwdChangedTime counts seconds: the second write is made in a later second than the first.
    sleepIntoTheNextSecond();
    directory.forcePasswordReset(stamp);

    assertThat(afterFirst).isNotEqualTo(before);
    assertThat(directory.passwordWriteStamp(stamp)).isNotEqualTo(afterFirst);
    assertThat(directory.resetSince(stamp, before)).as("reset since, pwdReset TRUE").isTrue();
    assertThat(directory.resetSince(stamp, directory.passwordWriteStamp(stamp))).as("nothing since").isFalse();
    assertThatThrownBy(() -> directory.passwordWriteStamp(new AccountName("nobody")))
        .isInstanceOf(DirectoryTargetNotFoundException.class);
  }

  private static void sleepIntoTheNextSecond() {
    try {
      Thread.sleep(1_100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void afterAResetASignInIsRestrictedToChangingThePassword() throws LDAPException {
    String kroe = "uid=kroe," + Slapd.PEOPLE;
    // Only here is the new password known: the test supplies it, to sign in as the user would.
    new OpenLdapDirectory(slapd.settings(), () -> "Known-By-Test-1".toCharArray()).forcePasswordReset(new AccountName("kroe"));

    try (LDAPConnection user = slapd.connect()) {
      BindResult bind = user.bind(new SimpleBindRequest(kroe, "Known-By-Test-1",
          new DraftBeheraLDAPPasswordPolicy10RequestControl()));
      DraftBeheraLDAPPasswordPolicy10ResponseControl policy = DraftBeheraLDAPPasswordPolicy10ResponseControl.get(bind);
      assertThat(policy).isNotNull();
      assertThat(policy.getErrorType()).isEqualTo(DraftBeheraLDAPPasswordPolicy10ErrorType.CHANGE_AFTER_RESET);
      assertThatThrownBy(() -> user.getEntry(Slapd.BASE))
          .isInstanceOfSatisfying(LDAPException.class,
              e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.INSUFFICIENT_ACCESS_RIGHTS));
    }
  }

  @Test
  void unknownMachineOrUserIsNotFound() {
    assertThatThrownBy(() -> directory.isolate(new Hostname("no-such-pc")))
        .isInstanceOf(DirectoryTargetNotFoundException.class).hasMessageContaining("no-such-pc");
    assertThatThrownBy(() -> directory.restore(new MachineIsolation("no-such-pc", "cn=no-such-pc," + Slapd.MACHINES,
        "cn=no-such-pc," + Slapd.QUARANTINE_OU, 0, false)))
        .isInstanceOf(DirectoryTargetNotFoundException.class);
    assertThatThrownBy(() -> directory.forcePasswordReset(new AccountName("nobody")))
        .isInstanceOf(DirectoryTargetNotFoundException.class).hasMessageContaining("nobody");
  }

  @Test
  void hostileNamesMatchNothingAndChangeNothing() throws LDAPException {
    Map<String, String> before = slapd.snapshot();
    List<String> hostile = List.of("*)(uid=*", "*", "*)(objectClass=*", "ws-01)(|(cn=*", "jdoe)(|(uid=*",
        "admin,dc=", "admin,dc=practice,dc=test", "uid=jdoe," + Slapd.PEOPLE, "\u0000", "jdoe\u0000",
        "ws-01\u0000*", "x".repeat(5_000), "\\2a", "jdoe\\29(uid=*");

    for (String name : hostile) {
      for (OpenLdapDirectory.Target target : OpenLdapDirectory.Target.values()) {
        assertThat(directory.findDn(target, name)).as("%s %s", target, name.length() > 40 ? "5,000 x" : name)
            .isEmpty();
      }
    }

    assertThat(directory.findDn(OpenLdapDirectory.Target.USER, "bjones")).as("the search itself works")
        .contains(new DN("uid=bjones," + Slapd.PEOPLE));
    assertThat(slapd.snapshot()).isEqualTo(before);
  }

  @Test
  void stoppedDirectoryIsUnavailable() {
    slapd.whileStopped(() -> {
      assertThatThrownBy(() -> directory.isolate(new Hostname("ws-01")))
          .isInstanceOf(DirectoryUnavailableException.class);
      assertThatThrownBy(() -> directory.forcePasswordReset(new AccountName("bjones")))
          .isInstanceOf(DirectoryUnavailableException.class);
    });
  }

  @Test
  void directoryWhoseCertificateIsNotTrustedIsRefused() {
    DirectorySettings s = slapd.settings();
    DirectorySettings jvmTrustOnly = new DirectorySettings(s.kind(), s.url(), s.bindDn(), s.bindPassword(), s.baseDn(),
        s.quarantineOu(), s.quarantineGroup(), null, false);

    assertThatThrownBy(() -> new OpenLdapDirectory(jvmTrustOnly).isolate(new Hostname("ws-01")))
        .isInstanceOf(DirectoryUnavailableException.class);
  }

  private SearchResultEntry read(String dn) throws LDAPException {
    try (LDAPConnection admin = slapd.admin()) {
      return admin.getEntry(dn, "*", "pwdAccountLockedTime", "pwdReset");
    }
  }

  private String userAttributesAndLock(String dn) throws LDAPException {
    return read(dn).toLDIFString();
  }

  private boolean isQuarantineMember(String dn) throws LDAPException {
    try (LDAPConnection admin = slapd.admin()) {
      return admin.compare(Slapd.QUARANTINE_GROUP, "member", dn).compareMatched();
    }
  }

  private void assertBinds(String dn, String password) throws LDAPException {
    try (LDAPConnection connection = slapd.connect()) {
      assertThat(connection.bind(dn, password).getResultCode()).isEqualTo(ResultCode.SUCCESS);
    }
  }

  private void assertBindRefused(String dn, String password) throws LDAPException {
    try (LDAPConnection connection = slapd.connect()) {
      assertThatThrownBy(() -> connection.bind(dn, password))
          .isInstanceOfSatisfying(LDAPException.class,
              e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.INVALID_CREDENTIALS));
    }
  }
}
