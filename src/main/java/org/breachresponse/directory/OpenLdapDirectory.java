package org.breachresponse.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.extensions.PasswordModifyExtendedRequest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;

/**
 * {@link Directory} for OpenLDAP with the ppolicy overlay, the way practices that keep machines in LDAP
 * lay them out.
 *
 * <p><b>Machines</b> are {@code device} entries (RFC 4519, the standard class for a piece of
 * equipment) named {@code cn=<hostname>} anywhere under the base DN; those that bind to the directory
 * themselves (802.1X through RADIUS, sssd) also carry {@code simpleSecurityObject} and a userPassword.
 * <b>Isolating</b> one means, in this order, each step skipped when already done:
 * <ol>
 *   <li>add a {@code description} value "{@value #MOVED_FROM}&lt;original DN&gt;", so that a retry after a
 *       crash still knows where the machine came from, and an administrator can see why it moved;</li>
 *   <li>lock it with ppolicy's permanent administrative lock, {@code pwdAccountLockedTime: 000001010000Z}:
 *       slapd refuses every bind with the machine's password. On a device without a password the same
 *       attribute locks nothing by itself; it is the standard "locked by an administrator" mark that a
 *       RADIUS or NAC filter such as {@code (!(pwdAccountLockedTime=*))} honours;</li>
 *   <li>move the entry into the quarantine OU (ModifyDN with newSuperior);</li>
 *   <li>add its new DN to the quarantine {@code groupOfNames} ({@code member}), after the move, so the
 *       value names the entry even where the refint overlay is not configured.</li>
 * </ol>
 * {@link #restore} undoes exactly these: leaves the group, moves back, removes the lock and the
 * description value. OpenLDAP has no account flags, so {@code originalAccountFlags} is always 0.
 *
 * <p><b>Users</b> are the one entry with {@code uid=<name>} under the base DN. A reset sets a random
 * password with the Password Modify extended operation (RFC 3062) rather than {@code replace:
 * userPassword}: slapd then hashes it with its configured {@code password-hash}, whereas a replaced value
 * is stored as sent (in clear) unless the practice enabled {@code ppolicy_hash_cleartext}. It then
 * replaces {@code pwdReset: TRUE} explicitly, in that order: whether ppolicy sets the flag itself depends
 * on who binds (slapd 2.5.13 set it for a change by the rootdn but cleared it for one by a non-root service
 * account with write access), and the flag is what makes slapd restrict the user's next session to
 * changing the password (ppolicy's changeAfterReset).
 *
 * <p>Filters are built with {@link Filter} and DNs with {@link DN}, so names cannot change a filter's or
 * DN's meaning.
 */
public final class OpenLdapDirectory implements Directory {

  static final String PERMANENT_LOCK = "000001010000Z";
  static final String LOCKED_TIME = "pwdAccountLockedTime";
  static final String PWD_RESET = "pwdReset";
  static final String PWD_CHANGED_TIME = "pwdChangedTime";
  static final String MOVED_FROM = "Quarantined by Breach Response, moved from: ";

  private static final Logger LOG = Logger.getLogger(OpenLdapDirectory.class.getName());
  private static final String DESCRIPTION = "description";
  private static final String MEMBER = "member";

  /** What the package-private search looks for; the raw name is escaped into an equality filter. */
  enum Target {
    MACHINE(name -> Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "device"),
        Filter.createEqualityFilter("cn", name))),
    USER(name -> Filter.createEqualityFilter("uid", name));

    private final Function<String, Filter> filter;

    Target(Function<String, Filter> filter) {
      this.filter = filter;
    }
  }

  private final DirectorySettings settings;
  private final LdapConnector connector;
  private final Supplier<char[]> passwords;
  private final DN baseDn;
  private final DN quarantineOu;
  private final DN quarantineGroup;

  public OpenLdapDirectory(DirectorySettings settings) {
    this(settings, TemporaryPasswords::generate);
  }

  /** Tests choose the new password, to sign in with it and see what the user would meet. */
  OpenLdapDirectory(DirectorySettings settings, Supplier<char[]> passwords) {
    this.settings = settings;
    this.connector = new LdapConnector(settings);
    this.passwords = passwords;
    this.baseDn = parse("base DN", settings.baseDn());
    this.quarantineOu = parse("quarantine OU", settings.quarantineOu());
    this.quarantineGroup = parse("quarantine group", settings.quarantineGroup());
  }

  @Override
  public ConnectionCheck check() {
    return LdapConnectionCheck.check(connector, settings);
  }

  @Override
  public MachineIsolation isolate(Hostname machine) {
    try {
      return connector.withConnection(connection -> {
        SearchResultEntry entry = machineEntry(connection, machine);
        DN current = entry.getParsedDN();
        Optional<String> movedFrom = movedFrom(entry);
        DN original = movedFrom.isPresent() ? new DN(movedFrom.get()) : current;
        List<Modification> marks = new ArrayList<>();
        if (movedFrom.isEmpty()) {
          marks.add(new Modification(ModificationType.ADD, DESCRIPTION, MOVED_FROM + current));
        }
        if (!PERMANENT_LOCK.equals(entry.getAttributeValue(LOCKED_TIME))) {
          marks.add(new Modification(ModificationType.REPLACE, LOCKED_TIME, PERMANENT_LOCK));
        }
        if (!marks.isEmpty()) {
          connection.modify(current.toString(), marks);
        }
        DN quarantined = new DN(current.getRDN(), quarantineOu);
        boolean moved = !quarantined.equals(current);
        if (moved) {
          connection.modifyDN(current.toString(), current.getRDN().toString(), true, quarantineOu.toString());
        }
        boolean joined = !isMember(connection, quarantined);
        if (joined) {
          connection.modify(quarantineGroup.toString(),
              new Modification(ModificationType.ADD, MEMBER, quarantined.toString()));
        }
        boolean changed = !marks.isEmpty() || moved || joined;
        LOG.info(() -> "Machine " + machine.value() + (changed ? " isolated: " : " was already isolated: ")
            + original + " -> " + quarantined);
        return new MachineIsolation(machine.value(), original.toString(), quarantined.toString(), 0, !changed);
      });
    } catch (LDAPException e) {
      throw unavailable("isolate machine " + machine.value(), e);
    }
  }

  /** The machine's entry with what isolating reads and writes: its marks and its lock. */
  private SearchResultEntry machineEntry(LDAPConnection connection, Hostname machine) throws LDAPException {
    return findOne(connection, Target.MACHINE, machine.value(), DESCRIPTION, LOCKED_TIME)
        .orElseThrow(() -> notFound("machine", machine.value()));
  }

  /**
   * The DN the entry was moved from (its {@value #MOVED_FROM} description) or else its DN; flags 0. Isolated
   * when marked, locked, in the quarantine OU and in the quarantine group.
   */
  @Override
  public MachinePlace place(Hostname machine) {
    try {
      return connector.withConnection(connection -> {
        SearchResultEntry entry = machineEntry(connection, machine);
        DN current = entry.getParsedDN();
        Optional<String> movedFrom = movedFrom(entry);
        boolean isolated = movedFrom.isPresent() && PERMANENT_LOCK.equals(entry.getAttributeValue(LOCKED_TIME))
            && quarantineOu.equals(current.getParent()) && isMember(connection, current);
        return new MachinePlace(current.toString(), movedFrom.orElse(current.toString()), 0, isolated);
      });
    } catch (LDAPException e) {
      throw unavailable("read the place of machine " + machine.value(), e);
    }
  }

  @Override
  public void restore(MachineIsolation isolation) {
    try {
      connector.withConnection(connection -> {
        SearchResultEntry entry = findOne(connection, Target.MACHINE, isolation.hostname(), DESCRIPTION, LOCKED_TIME)
            .orElseThrow(() -> notFound("machine", isolation.hostname()));
        DN current = entry.getParsedDN();
        DN original = new DN(isolation.originalDn());
        if (isMember(connection, current)) {
          connection.modify(quarantineGroup.toString(),
              new Modification(ModificationType.DELETE, MEMBER, current.toString()));
        }
        if (!current.equals(original)) {
          connection.modifyDN(current.toString(), original.getRDN().toString(), true, original.getParent().toString());
        }
        List<Modification> unmarks = new ArrayList<>();
        movedFrom(entry).ifPresent(dn -> unmarks.add(
            new Modification(ModificationType.DELETE, DESCRIPTION, MOVED_FROM + dn)));
        if (PERMANENT_LOCK.equals(entry.getAttributeValue(LOCKED_TIME))) {
          unmarks.add(new Modification(ModificationType.DELETE, LOCKED_TIME));
        }
        if (!unmarks.isEmpty()) {
          connection.modify(original.toString(), unmarks);
        }
        LOG.info(() -> "Machine " + isolation.hostname() + " restored to " + original);
        return null;
      });
    } catch (LDAPException e) {
      throw unavailable("restore machine " + isolation.hostname(), e);
    }
  }

  @Override
  public void close() {
    connector.close();
  }

  @Override
  public void forcePasswordReset(AccountName account) {
    try {
      connector.withConnection(connection -> {
        DN user = findOne(connection, Target.USER, account.value(), "1.1")
            .orElseThrow(() -> notFound("user", account.value()))
            .getParsedDN();
        byte[] password = utf8(passwords.get());
        try {
          ExtendedResult result = connection.processExtendedOperation(
              new PasswordModifyExtendedRequest(user.toString(), null, password));
          if (result.getResultCode() != ResultCode.SUCCESS) {
            throw new LDAPException(result.getResultCode(), "Password Modify refused: " + result.getDiagnosticMessage());
          }
        } finally {
          Arrays.fill(password, (byte) 0);
        }
        connection.modify(user.toString(), new Modification(ModificationType.REPLACE, PWD_RESET, "TRUE"));
        LOG.info(() -> "Password of " + user + " replaced by a random one; a change is required at next sign-in");
        return null;
      });
    } catch (LDAPException e) {
      throw unavailable("reset the password of " + account.value(), e);
    }
  }

  /**
   * The user's {@code pwdChangedTime}, which ppolicy sets at every password write, and {@code pwdReset}, which
   * a reset sets and the user's own change clears (draft-behera-ldap-password-policy-10, 5.3.1 and 5.3.7).
   * The time is to the second, so the flag is what tells a first reset apart from an earlier write in the
   * same second.
   */
  @Override
  public String passwordWriteStamp(AccountName account) {
    SearchResultEntry user = passwordState(account);
    return PWD_CHANGED_TIME + " " + user.getAttributeValue(PWD_CHANGED_TIME) + ", " + PWD_RESET + " "
        + user.getAttributeValue(PWD_RESET);
  }

  /** Written since the stamp and {@code pwdReset: TRUE}, as our reset leaves it; a user's own change clears it. */
  @Override
  public boolean resetSince(AccountName account, String stamp) {
    SearchResultEntry user = passwordState(account);
    String now = PWD_CHANGED_TIME + " " + user.getAttributeValue(PWD_CHANGED_TIME) + ", " + PWD_RESET + " "
        + user.getAttributeValue(PWD_RESET);
    return !now.equals(stamp) && "TRUE".equalsIgnoreCase(user.getAttributeValue(PWD_RESET));
  }

  private SearchResultEntry passwordState(AccountName account) {
    try {
      return connector.withConnection(connection ->
          findOne(connection, Target.USER, account.value(), PWD_CHANGED_TIME, PWD_RESET)
              .orElseThrow(() -> notFound("user", account.value())));
    } catch (LDAPException e) {
      throw unavailable("read the password writes of " + account.value(), e);
    }
  }

  /**
   * The DN of the one entry of that kind named {@code rawName}, which is used as given (tests pass hostile
   * strings here, past the checks of {@link Hostname} and {@link AccountName}).
   */
  Optional<DN> findDn(Target target, String rawName) {
    try {
      return connector.withConnection(connection -> {
        Optional<SearchResultEntry> found = findOne(connection, target, rawName, "1.1");
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get().getParsedDN());
      });
    } catch (LDAPException e) {
      throw unavailable("search for " + target.name().toLowerCase(Locale.ROOT), e);
    }
  }

  private Optional<SearchResultEntry> findOne(LDAPConnection connection, Target target, String rawName,
      String... attributes) throws LDAPException {
    SearchRequest request = new SearchRequest(baseDn.toString(), SearchScope.SUB, target.filter.apply(rawName),
        attributes);
    request.setSizeLimit(2);
    SearchResult result;
    try {
      result = connection.search(request);
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
        throw ambiguous(target, rawName);
      }
      throw e;
    }
    List<SearchResultEntry> entries = result.getSearchEntries();
    if (entries.size() > 1) {
      throw ambiguous(target, rawName);
    }
    return entries.stream().findFirst();
  }

  /** The password as UTF-8, the original wiped; the caller wipes the bytes after use. */
  private static byte[] utf8(char[] password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
    Arrays.fill(encoded.array(), (byte) 0);
    Arrays.fill(password, '\0');
    return bytes;
  }

  private boolean isMember(LDAPConnection connection, DN dn) throws LDAPException {
    return connection.compare(quarantineGroup.toString(), MEMBER, dn.toString()).compareMatched();
  }

  private static Optional<String> movedFrom(SearchResultEntry entry) {
    String[] descriptions = entry.getAttributeValues(DESCRIPTION);
    return descriptions == null ? Optional.empty() : Arrays.stream(descriptions)
        .filter(d -> d.startsWith(MOVED_FROM))
        .map(d -> d.substring(MOVED_FROM.length()))
        .findFirst();
  }

  private static DN parse(String what, String dn) {
    try {
      return new DN(dn);
    } catch (LDAPException e) {
      throw new IllegalArgumentException("The directory's " + what + " is not a DN: " + dn, e);
    }
  }

  private static DirectoryTargetNotFoundException notFound(String kind, String name) {
    return new DirectoryTargetNotFoundException("No " + kind + " named " + name + " in the directory");
  }

  private static DirectoryTargetNotFoundException ambiguous(Target target, String name) {
    return new DirectoryTargetNotFoundException("More than one " + target.name().toLowerCase(Locale.ROOT)
        + " named " + name + " in the directory; act by hand");
  }

  private static DirectoryUnavailableException unavailable(String action, LDAPException e) {
    return new DirectoryUnavailableException("Could not " + action + ": " + e.getResultCode() + " "
        + e.getDiagnosticMessage(), e);
  }
}
