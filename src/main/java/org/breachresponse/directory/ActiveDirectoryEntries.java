package org.breachresponse.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.DereferencePolicy;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.List;
import java.util.Locale;

/**
 * Finds computer and user entries in Active Directory. The names come from incident reports, so they are
 * only ever filter values that the SDK escapes: a name such as {@code *} or {@code x)(objectClass=*} is
 * looked up literally and matches nothing.
 */
final class ActiveDirectoryEntries {

  private static final String[] COMPUTER_ATTRIBUTES = {"sAMAccountName", "dNSHostName", "userAccountControl",
      "memberOf"};
  private static final String[] USER_ATTRIBUTES = {"sAMAccountName"};
  /** The user and what it takes to tell its password writes apart (see {@link PasswordWrites}). */
  private static final String[] USER_PASSWORD_ATTRIBUTES = {"sAMAccountName", PasswordWrites.REPL_PROPERTY_META_DATA,
      "pwdLastSet"};

  private final DN baseDn;

  ActiveDirectoryEntries(DN baseDn) {
    this.baseDn = baseDn;
  }

  /**
   * The computer account of {@code hostname}: {@code sAMAccountName} HOST$ of its first label, or for a
   * fully qualified name also {@code dNSHostName}. A short-name match whose {@code dNSHostName} names
   * another domain is not it.
   */
  SearchResultEntry computer(LDAPConnection connection, String hostname) throws LDAPException {
    String accountName = hostname.split("\\.", 2)[0].toUpperCase(Locale.ROOT) + "$";
    Filter byName = Filter.createEqualityFilter("sAMAccountName", accountName);
    String searched = "sAMAccountName " + accountName;
    if (hostname.contains(".")) {
      byName = Filter.createORFilter(byName, Filter.createEqualityFilter("dNSHostName", hostname));
      searched += " or dNSHostName " + hostname;
    }
    List<SearchResultEntry> found = search(connection,
        Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "computer"), byName), COMPUTER_ATTRIBUTES)
        .stream()
        .filter(entry -> isNamed(entry, hostname))
        .toList();
    return single(found, "computer with " + searched);
  }

  /** The user account {@code account}: by {@code userPrincipalName} when it has an '@', else by sAMAccountName. */
  SearchResultEntry user(LDAPConnection connection, String account) throws LDAPException {
    return user(connection, account, USER_ATTRIBUTES);
  }

  /** {@link #user}, read with its {@code replPropertyMetaData} and {@code pwdLastSet} in the same search. */
  SearchResultEntry userWithPasswordWrites(LDAPConnection connection, String account) throws LDAPException {
    return user(connection, account, USER_PASSWORD_ATTRIBUTES);
  }

  private SearchResultEntry user(LDAPConnection connection, String account, String[] attributes) throws LDAPException {
    String attribute = account.contains("@") ? "userPrincipalName" : "sAMAccountName";
    Filter filter = Filter.createANDFilter(
        Filter.createEqualityFilter("objectClass", "user"),
        Filter.createNOTFilter(Filter.createEqualityFilter("objectClass", "computer")),
        Filter.createEqualityFilter(attribute, account));
    return single(search(connection, filter, attributes), "user with " + attribute + " " + account);
  }

  static boolean isMemberOf(SearchResultEntry entry, DN group) {
    String[] groups = entry.getAttributeValues("memberOf");
    if (groups == null) {
      return false;
    }
    for (String dn : groups) {
      if (group.equals(parseOrNull(dn))) {
        return true;
      }
    }
    return false;
  }

  private List<SearchResultEntry> search(LDAPConnection connection, Filter filter, String[] attributes)
      throws LDAPException {
    SearchRequest request = new SearchRequest(baseDn.toString(), SearchScope.SUB, DereferencePolicy.NEVER, 0, 0,
        false, filter, attributes);
    return connection.search(request).getSearchEntries();
  }

  private SearchResultEntry single(List<SearchResultEntry> found, String searched) {
    if (found.isEmpty()) {
      throw new DirectoryTargetNotFoundException("No " + searched + " under " + baseDn);
    }
    if (found.size() > 1) {
      throw new DirectoryTargetNotFoundException(found.size() + " entries match " + searched + " under " + baseDn
          + "; which one is meant must be decided by hand");
    }
    return found.get(0);
  }

  private static boolean isNamed(SearchResultEntry computer, String hostname) {
    String dnsHostName = computer.getAttributeValue("dNSHostName");
    return !hostname.contains(".") || dnsHostName == null || dnsHostName.equalsIgnoreCase(hostname);
  }

  private static DN parseOrNull(String dn) {
    try {
      return new DN(dn);
    } catch (LDAPException e) {
      return null;
    }
  }
}
