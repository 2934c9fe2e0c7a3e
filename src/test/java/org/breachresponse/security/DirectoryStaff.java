package org.breachresponse.security;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.breachresponse.directory.SambaAdDc;

/**
 * The practice's staff and role groups on the test domain controller ({@link SambaAdDc}), for sign-in tests and
 * for a server started against it: {@link #seed} adds them (again without harm), {@link #environment} gives the
 * {@code BREACH_IDENTITY_*} values that make a server sign staff in there, {@link #hostsFile} the
 * {@code -Djdk.net.hosts.file} that lets its JVM reach {@value SambaAdDc#HOST} with the certificate's name checked.
 *
 * <p>Seeded: OU=Groups with one group per role plus "Dental Marketing" (mapped to nothing) and "Dental IT On
 * Call" (nested in "Dental IT"); in OU=Staff {@link #IT_JANE} (Dental IT), {@link #DESK_TOM} (Dental Front Desk),
 * {@link #PRIVACY_PAT} (Dental Privacy), {@link #SALES_SAM} (Dental Marketing only), {@link #ONCALL_OLGA}
 * (Dental IT On Call), all with password {@link #PASSWORD}; in OU=Service Accounts the lookup account
 * {@link #LOOKUP_DN}, a plain domain user with no delegated rights.
 */
public final class DirectoryStaff {

  public static final String GROUPS = "OU=Groups," + SambaAdDc.BASE_DN;
  public static final String SERVICE_ACCOUNTS = "OU=Service Accounts," + SambaAdDc.BASE_DN;
  public static final String FRONT_DESK_GROUP = "CN=Dental Front Desk," + GROUPS;
  public static final String IT_GROUP = "CN=Dental IT," + GROUPS;
  public static final String PRIVACY_GROUP = "CN=Dental Privacy," + GROUPS;
  public static final String OWNERS_GROUP = "CN=Dental Owners," + GROUPS;
  public static final String COMPLIANCE_GROUP = "CN=Dental Compliance," + GROUPS;
  public static final String ADMINS_GROUP = "CN=Breach Response Admins," + GROUPS;
  public static final String UNMAPPED_GROUP = "CN=Dental Marketing," + GROUPS;
  public static final String ON_CALL_GROUP = "CN=Dental IT On Call," + GROUPS;

  public static final String IT_JANE = "it.jane";
  public static final String DESK_TOM = "desk.tom";
  public static final String PRIVACY_PAT = "privacy.pat";
  public static final String SALES_SAM = "sales.sam";
  public static final String ONCALL_OLGA = "oncall.olga";
  public static final String PASSWORD = SambaAdDc.STAFF_PASSWORD;

  public static final String LOOKUP_DN = "CN=svc-breach-lookup," + SERVICE_ACCOUNTS;
  public static final String LOOKUP_PASSWORD = "Lookup-Test-Passw0rd!";

  /** Role to directory group, as BREACH_IDENTITY_ROLE_* configure it. */
  public static final Map<String, String> ROLE_GROUPS = Map.of(
      Roles.FRONT_DESK, FRONT_DESK_GROUP, Roles.IT_RESPONDER, IT_GROUP, Roles.PRIVACY_OFFICER, PRIVACY_GROUP,
      Roles.PRACTICE_OWNER, OWNERS_GROUP, Roles.COMPLIANCE_AUDITOR, COMPLIANCE_GROUP, Roles.ADMIN, ADMINS_GROUP);

  private DirectoryStaff() {
  }

  /** Adds the OUs, users and groups above; what already exists stays as it is. */
  public static void seed(SambaAdDc dc) {
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      add(connection, new Entry(GROUPS, new Attribute("objectClass", "organizationalUnit")));
      add(connection, new Entry(SERVICE_ACCOUNTS, new Attribute("objectClass", "organizationalUnit")));
      for (String user : List.of(IT_JANE, DESK_TOM, PRIVACY_PAT, SALES_SAM, ONCALL_OLGA)) {
        add(connection, SambaAdDc.userEntry(user));
      }
      Entry lookup = SambaAdDc.userEntry("svc-breach-lookup");
      lookup.setDN(LOOKUP_DN);
      lookup.setAttribute("unicodePwd", ("\"" + LOOKUP_PASSWORD + "\"").getBytes(StandardCharsets.UTF_16LE));
      add(connection, lookup);
      add(connection, group(ON_CALL_GROUP, staff(ONCALL_OLGA)));
      add(connection, group(IT_GROUP, staff(IT_JANE), ON_CALL_GROUP));
      add(connection, group(FRONT_DESK_GROUP, staff(DESK_TOM)));
      add(connection, group(PRIVACY_GROUP, staff(PRIVACY_PAT)));
      add(connection, group(UNMAPPED_GROUP, staff(SALES_SAM)));
      for (String empty : List.of(OWNERS_GROUP, COMPLIANCE_GROUP, ADMINS_GROUP)) {
        add(connection, group(empty));
      }
    }
  }

  /** Sign-in settings for the test DC, as a server would read them from {@link #environment}. */
  public static IdentitySettings settings(SambaAdDc dc) {
    return settings(dc, "ldaps://" + SambaAdDc.HOST + ":636");
  }

  public static IdentitySettings settings(SambaAdDc dc, String url) {
    return new IdentitySettings(IdentitySettings.Provider.ACTIVE_DIRECTORY, url, LOOKUP_DN, LOOKUP_PASSWORD,
        SambaAdDc.BASE_DN, "OU=Staff", "OU=Groups", caFile(dc), RoleGroups.of(ROLE_GROUPS));
  }

  /** What a server's environment needs to sign staff in on the test DC (with {@link #hostsFile}). */
  public static Map<String, String> environment(SambaAdDc dc) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("BREACH_IDENTITY_PROVIDER", "active-directory");
    environment.put("BREACH_IDENTITY_URL", "ldaps://" + SambaAdDc.HOST + ":636");
    environment.put("BREACH_IDENTITY_BIND_DN", LOOKUP_DN);
    environment.put("BREACH_IDENTITY_BIND_PASSWORD", LOOKUP_PASSWORD);
    environment.put("BREACH_IDENTITY_BASE_DN", SambaAdDc.BASE_DN);
    environment.put("BREACH_IDENTITY_USER_SEARCH_BASE", "OU=Staff");
    environment.put("BREACH_IDENTITY_GROUP_SEARCH_BASE", "OU=Groups");
    environment.put("BREACH_IDENTITY_CA_FILE", caFile(dc).toString());
    for (String role : Roles.ALL) {
      environment.put("BREACH_IDENTITY_ROLE_" + role.toUpperCase(Locale.ROOT).replace('-', '_'),
          ROLE_GROUPS.get(role));
    }
    return environment;
  }

  /**
   * A hosts file for {@code -Djdk.net.hosts.file}: the DC's name, localhost and this machine's own name on
   * loopback. A JVM given it resolves nothing else (it does not ask DNS), which a test server does not need.
   */
  public static Path hostsFile() {
    Path file = Path.of("target", "samba-ad", "hosts").toAbsolutePath();
    try {
      String self = InetAddress.getLocalHost().getHostName();
      Files.createDirectories(file.getParent());
      Files.writeString(file, "127.0.0.1 localhost " + SambaAdDc.HOST + " " + self + "\n::1 localhost\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path caFile(SambaAdDc dc) {
    return dc.caFile();
  }

  public static String staff(String user) {
    return "CN=" + user + "," + SambaAdDc.STAFF;
  }

  private static Entry group(String dn, String... members) {
    Entry group = new Entry(dn, new Attribute("objectClass", "group"),
        new Attribute("sAMAccountName", dn.substring(3, dn.indexOf(','))));
    if (members.length > 0) {
      group.addAttribute("member", members);
    }
    return group;
  }

  private static void add(LDAPConnection connection, Entry entry) {
    try {
      connection.add(entry);
    } catch (LDAPException e) {
      if (e.getResultCode() != ResultCode.ENTRY_ALREADY_EXISTS) {
        throw new IllegalStateException("Seeding " + entry.getDN() + " failed: " + e.getMessage(), e);
      }
    }
  }
}
