package org.breachresponse.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyDNRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.List;

/**
 * The benchmark's baseline: the directory changes containment makes, done by a plain sequential loop of
 * UnboundID calls on one connection, as a script an IT provider might write would do them: per machine a
 * search, disable, add to the quarantine group and move; per user a search and a forced reset.
 */
public final class SequentialContainment {

  private SequentialContainment() {
  }

  public static void run(LDAPConnection connection, List<String> machines, List<String> users) throws LDAPException {
    for (String machine : machines) {
      SearchResultEntry computer = connection.searchForEntry(SambaAdDc.BASE_DN, SearchScope.SUB,
          Filter.createEqualityFilter("sAMAccountName", machine.toUpperCase() + "$"), "userAccountControl");
      int flags = computer.getAttributeValueAsInteger("userAccountControl");
      connection.modify(computer.getDN(), new Modification(ModificationType.REPLACE, "userAccountControl",
          Integer.toString(flags | ActiveDirectory.ACCOUNT_DISABLED)));
      connection.modify(SambaAdDc.QUARANTINE_GROUP, new Modification(ModificationType.ADD, "member", computer.getDN()));
      connection.modifyDN(new ModifyDNRequest(computer.getDN(), computer.getParsedDN().getRDNString(), true,
          SambaAdDc.QUARANTINE));
    }
    for (String user : users) {
      SearchResultEntry entry = connection.searchForEntry(SambaAdDc.STAFF, SearchScope.ONE,
          Filter.createEqualityFilter("sAMAccountName", user), "1.1");
      char[] password = TemporaryPasswords.generate(user);
      connection.modify(entry.getDN(),
          new Modification(ModificationType.REPLACE, "unicodePwd", TemporaryPasswords.activeDirectoryUnicodePwd(password)),
          new Modification(ModificationType.REPLACE, "pwdLastSet", "0"));
    }
  }
}
