package org.breachresponse.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyDNRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;

/**
 * {@link Directory} for Active Directory (and Samba AD) over LDAPS or StartTLS. Isolating a machine
 * disables its computer account (bit 0x2 of {@code userAccountControl}, other bits kept), adds it to the
 * quarantine group that network policy keys on, and moves it into the quarantine OU whose GPO blocks it;
 * restore undoes each step. A forced reset writes a random {@code unicodePwd} and {@code pwdLastSet: 0}
 * in one modify (docs/platform-notes.md, 'Active Directory'). Each step first looks whether it is done already, so
 * a retry after a crash finishes the work instead of failing on it.
 */
public final class ActiveDirectory implements Directory {

  static final int ACCOUNT_DISABLED = 0x2;
  private static final String PWD_LAST_SET = "pwdLastSet";
  private static final String STAMP_PREFIX = "unicodePwd version ";

  /** Answers a retry may cure; anything else is a configuration or permission fault for a person. */
  private static final Set<ResultCode> RETRYABLE = Set.of(ResultCode.SERVER_DOWN, ResultCode.CONNECT_ERROR,
      ResultCode.TIMEOUT, ResultCode.TIME_LIMIT_EXCEEDED, ResultCode.BUSY, ResultCode.UNAVAILABLE,
      ResultCode.UNWILLING_TO_PERFORM);

  private final DirectorySettings settings;
  private final LdapConnector connector;
  private final ActiveDirectoryEntries entries;
  private final DN quarantineOu;
  private final DN quarantineGroup;

  public ActiveDirectory(DirectorySettings settings) {
    this(settings, new LdapConnector(settings));
  }

  ActiveDirectory(DirectorySettings settings, LdapConnector connector) {
    this.settings = settings;
    this.connector = connector;
    this.entries = new ActiveDirectoryEntries(parse("base-dn", settings.baseDn()));
    this.quarantineOu = parse("quarantine-ou", settings.quarantineOu());
    this.quarantineGroup = parse("quarantine-group", settings.quarantineGroup());
  }

  @Override
  public ConnectionCheck check() {
    return LdapConnectionCheck.check(connector, settings);
  }

  @Override
  public MachineIsolation isolate(Hostname machine) {
    return withConnection("isolate machine", machine.value(), connection -> {
      SearchResultEntry computer = entries.computer(connection, machine.value());
      DN original = computer.getParsedDN();
      int flags = computer.getAttributeValueAsInteger("userAccountControl");
      boolean disabled = (flags & ACCOUNT_DISABLED) != 0;
      boolean grouped = ActiveDirectoryEntries.isMemberOf(computer, quarantineGroup);
      boolean moved = quarantineOu.equals(original.getParent());
      DN quarantined = new DN(original.getRDN(), quarantineOu);
      if (isolated(computer)) {
        return new MachineIsolation(machine.value(), original.toString(), original.toString(), flags, true);
      }
      requireExists(connection, quarantineOu, "quarantine-ou", machine);
      requireExists(connection, quarantineGroup, "quarantine-group", machine);
      // Disable first: it is the step that stops the account, should a later one fail.
      if (!disabled) {
        writeFlags(connection, original, flags | ACCOUNT_DISABLED);
      }
      if (!grouped) {
        addMember(connection, original);
      }
      if (!moved) {
        connection.modifyDN(new ModifyDNRequest(original, original.getRDN(), true, quarantineOu));
      }
      return new MachineIsolation(machine.value(), original.toString(), quarantined.toString(), flags, false);
    });
  }

  /** The computer's DN and {@code userAccountControl}, and whether it is disabled, in the group and in the OU. */
  @Override
  public MachinePlace place(Hostname machine) {
    return withConnection("read the place of machine", machine.value(), connection -> {
      SearchResultEntry computer = entries.computer(connection, machine.value());
      int flags = computer.getAttributeValueAsInteger("userAccountControl");
      return new MachinePlace(computer.getDN(), computer.getDN(), flags, isolated(computer));
    });
  }

  private boolean isolated(SearchResultEntry computer) throws LDAPException {
    return (computer.getAttributeValueAsInteger("userAccountControl") & ACCOUNT_DISABLED) != 0
        && ActiveDirectoryEntries.isMemberOf(computer, quarantineGroup)
        && quarantineOu.equals(computer.getParsedDN().getParent());
  }

  /**
   * Puts the machine back where {@code isolation} found it. An isolation that found the machine already
   * quarantined changed nothing, so its restore changes nothing either: whoever quarantined it decides.
   */
  @Override
  public void restore(MachineIsolation isolation) {
    if (isolation.wasAlreadyIsolated()) {
      return;
    }
    withConnection("restore machine", isolation.hostname(), connection -> {
      SearchResultEntry computer = entries.computer(connection, isolation.hostname());
      DN current = computer.getParsedDN();
      DN originalParent = new DN(isolation.originalDn()).getParent();
      DN restored = new DN(current.getRDN(), originalParent);
      if (!originalParent.equals(current.getParent())) {
        connection.modifyDN(new ModifyDNRequest(current, current.getRDN(), true, originalParent));
      }
      if (ActiveDirectoryEntries.isMemberOf(computer, quarantineGroup)) {
        removeMember(connection, restored);
      }
      if (computer.getAttributeValueAsInteger("userAccountControl") != isolation.originalAccountFlags()) {
        writeFlags(connection, restored, isolation.originalAccountFlags());
      }
      return null;
    });
  }

  @Override
  public void forcePasswordReset(AccountName account) {
    withConnection("force a password reset for", account.value(), connection -> {
      writePassword(connection, entries.user(connection, account.value()));
      return null;
    });
  }

  /**
   * One search finds the user and its password-write stamp; the stamp goes to {@code beforeWrite}; then one modify
   * writes the password, on the DN found: two requests to the domain controller, as a plain script makes.
   */
  @Override
  public void forcePasswordReset(AccountName account, Consumer<String> beforeWrite) {
    SearchResultEntry user = withConnection("read the password writes of", account.value(),
        connection -> entries.userWithPasswordWrites(connection, account.value()));
    beforeWrite.accept(STAMP_PREFIX + passwordState(account, user).version());
    withConnection("force a password reset for", account.value(), connection -> {
      writePassword(connection, user);
      return null;
    });
  }

  private static void writePassword(LDAPConnection connection, SearchResultEntry user) throws LDAPException {
    char[] password = TemporaryPasswords.generate(user.getAttributeValue("sAMAccountName"));
    byte[] unicodePwd = TemporaryPasswords.activeDirectoryUnicodePwd(password);
    Arrays.fill(password, '\0');
    try {
      connection.modify(user.getDN(),
          new Modification(ModificationType.REPLACE, "unicodePwd", unicodePwd),
          new Modification(ModificationType.REPLACE, PWD_LAST_SET, "0"));
    } finally {
      Arrays.fill(unicodePwd, (byte) 0);
    }
  }

  /**
   * The version of {@code unicodePwd} in the user's {@code replPropertyMetaData}, which the DC raises at every
   * write of the password (see {@link PasswordWrites}).
   */
  @Override
  public String passwordWriteStamp(AccountName account) {
    return STAMP_PREFIX + passwordState(account).version();
  }

  /**
   * One write since the stamp (the version one higher) and {@code pwdLastSet} 0, as the reset's single modify
   * leaves it. Two writes, or a password set since by someone who is not made to change it, are not our reset.
   */
  @Override
  public boolean resetSince(AccountName account, String stamp) {
    if (!stamp.startsWith(STAMP_PREFIX)) {
      throw new IllegalArgumentException("Not an Active Directory password-write stamp: " + stamp);
    }
    PasswordState now = passwordState(account);
    return now.version() == Integer.parseInt(stamp.substring(STAMP_PREFIX.length())) + 1 && now.mustChange();
  }

  private PasswordState passwordState(AccountName account) {
    return passwordState(account, withConnection("read the password writes of", account.value(),
        connection -> entries.userWithPasswordWrites(connection, account.value())));
  }

  private static PasswordState passwordState(AccountName account, SearchResultEntry user) {
    byte[] blob = user.getAttributeValueBytes(PasswordWrites.REPL_PROPERTY_META_DATA);
    if (blob == null) {
      throw new DirectoryRefusedException("Cannot read the password writes of " + account.value()
          + ": the directory returned no replPropertyMetaData (the service account may not read it)");
    }
    return new PasswordState(PasswordWrites.unicodePwdVersion(blob), "0".equals(user.getAttributeValue(PWD_LAST_SET)));
  }

  private record PasswordState(int version, boolean mustChange) {
  }

  /** A missing quarantine OU or group is found before the machine is half isolated. */
  private static void requireExists(LDAPConnection connection, DN dn, String setting, Hostname machine)
      throws LDAPException {
    if (connection.getEntry(dn.toString(), "1.1") == null) {
      throw new DirectoryRefusedException("Cannot isolate machine " + machine.value() + ": breach.directory." + setting
          + " " + dn + " does not exist in the directory; nothing was changed");
    }
  }

  private static void writeFlags(LDAPConnection connection, DN computer, int flags) throws LDAPException {
    connection.modify(computer.toString(),
        new Modification(ModificationType.REPLACE, "userAccountControl", Integer.toString(flags)));
  }

  private void addMember(LDAPConnection connection, DN computer) throws LDAPException {
    try {
      connection.modify(quarantineGroup.toString(),
          new Modification(ModificationType.ADD, "member", computer.toString()));
    } catch (LDAPException e) {
      // Active Directory answers entryAlreadyExists for a present member, RFC 4511 servers the other.
      if (e.getResultCode() != ResultCode.ATTRIBUTE_OR_VALUE_EXISTS
          && e.getResultCode() != ResultCode.ENTRY_ALREADY_EXISTS) {
        throw e;
      }
    }
  }

  private void removeMember(LDAPConnection connection, DN computer) throws LDAPException {
    try {
      connection.modify(quarantineGroup.toString(),
          new Modification(ModificationType.DELETE, "member", computer.toString()));
    } catch (LDAPException e) {
      if (e.getResultCode() != ResultCode.NO_SUCH_ATTRIBUTE) {
        throw e;
      }
    }
  }

  private <T> T withConnection(String operation, String target, LdapConnector.LdapWork<T> work) {
    try {
      return connector.withConnection(work);
    } catch (LDAPException e) {
      throw failure(operation, target, e);
    } catch (DirectoryUnavailableException e) {
      throw new DirectoryUnavailableException("Cannot " + operation + " " + target + ": " + e.getMessage(),
          e.getCause());
    }
  }

  @Override
  public void close() {
    connector.close();
  }

  /** Names the operation and target, never a password: the exception ends up in the engine's history. */
  static RuntimeException failure(String operation, String target, LDAPException e) {
    String message = "Cannot " + operation + " " + target + ": the directory answered " + e.getResultCode()
        + (e.getDiagnosticMessage() == null ? "" : " (" + e.getDiagnosticMessage() + ")");
    if (RETRYABLE.contains(e.getResultCode())) {
      return new DirectoryUnavailableException(message, e);
    }
    return new DirectoryRefusedException(message, e);
  }

  private static DN parse(String setting, String dn) {
    try {
      return new DN(dn);
    } catch (LDAPException e) {
      throw new IllegalArgumentException("breach.directory." + setting + " is not a DN: " + dn, e);
    }
  }

}
