package org.breachresponse.security;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where staff accounts live. WildFly sets the {@code breach.identity.*} system properties from
 * {@code BREACH_IDENTITY_*} environment variables (wildfly-config/identity.cli; README.md, Configuration;
 * docs/directory-accounts.md for the lookup account's rights).
 *
 * @param provider        {@code database}: Camunda's own users and groups (development users); {@code
 *                        active-directory}: staff sign in with their directory accounts
 * @param url             {@code ldaps://dc1.practice.local:636}; plain {@code ldap://} is refused (passwords)
 * @param bindDn          the read-only lookup account that finds users and groups; not containment's account
 * @param bindPassword    its password
 * @param baseDn          the domain, e.g. {@code DC=practice,DC=local}
 * @param userSearchBase  where staff accounts are searched, relative to {@code baseDn} ({@code OU=Staff}); empty:
 *                        the whole domain
 * @param groupSearchBase where the role groups are, relative to {@code baseDn}; empty: the whole domain
 * @param caFile          PEM file of the CA that signed the directory's certificate; null: the JVM's trusted CAs
 * @param roleGroups      which directory group stands for which role
 */
public record IdentitySettings(Provider provider, String url, String bindDn, String bindPassword, String baseDn,
    String userSearchBase, String groupSearchBase, Path caFile, RoleGroups roleGroups) {

  /** Where users and groups come from. */
  public enum Provider {
    DATABASE, ACTIVE_DIRECTORY;

    static Provider parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "BREACH_IDENTITY_PROVIDER must be 'database' or 'active-directory', not '" + text + "'", e);
      }
    }
  }

  public IdentitySettings {
    if (provider == Provider.ACTIVE_DIRECTORY) {
      require(url != null && url.regionMatches(true, 0, "ldaps://", 0, 8),
          "BREACH_IDENTITY_URL must be an ldaps:// URL (staff passwords cross it), not '" + url + "'");
      require(!isBlank(bindDn) && !isBlank(bindPassword),
          "BREACH_IDENTITY_BIND_DN and BREACH_IDENTITY_BIND_PASSWORD (the lookup account) are required");
      requireDn(baseDn, "BREACH_IDENTITY_BASE_DN");
      requireDn(userSearchBase, "BREACH_IDENTITY_USER_SEARCH_BASE");
      requireDn(groupSearchBase, "BREACH_IDENTITY_GROUP_SEARCH_BASE");
      require(!isBlank(baseDn), "BREACH_IDENTITY_BASE_DN is required");
      require(caFile == null || Files.isReadable(caFile), "BREACH_IDENTITY_CA_FILE " + caFile + " cannot be read");
    }
  }

  public static IdentitySettings fromSystemProperties() {
    String ca = property("ca-file");
    Map<String, String> groups = new LinkedHashMap<>();
    for (String role : Roles.ALL) {
      groups.put(role, property("role." + role));
    }
    RoleGroups roleGroups;
    try {
      roleGroups = RoleGroups.of(groups);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("BREACH_IDENTITY_ROLE_*: " + e.getMessage(), e);
    }
    return new IdentitySettings(
        Provider.parse(System.getProperty("breach.identity.provider", "database")),
        property("url"), property("bind-dn"), property("bind-password"), property("base-dn"),
        property("user-search-base"), property("group-search-base"),
        ca.isBlank() ? null : Path.of(ca), roleGroups);
  }

  public boolean activeDirectory() {
    return provider == Provider.ACTIVE_DIRECTORY;
  }

  private static String property(String name) {
    return System.getProperty("breach.identity." + name, "").trim();
  }

  private static void requireDn(String value, String variable) {
    if (isBlank(value)) {
      return;
    }
    try {
      new DN(value);
    } catch (LDAPException e) {
      throw new IllegalStateException(variable + " is not a DN: " + e.getMessage(), e);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    return "IdentitySettings[" + provider + " " + url + " as " + bindDn + ", " + roleGroups + "]";
  }
}
