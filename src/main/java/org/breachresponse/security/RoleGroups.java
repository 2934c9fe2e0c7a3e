package org.breachresponse.security;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which directory group stands for which role ({@link Roles}): {@code BREACH_IDENTITY_ROLE_IT_RESPONDER=CN=Dental
 * IT,OU=Groups,DC=practice,DC=test} makes every member of that Active Directory group a member of the Camunda
 * group {@code it-responder}. Only mapped groups exist for the engine; a role without a group has no
 * directory members. DNs are compared as DNs (case and spacing do not matter), never as strings.
 */
public final class RoleGroups {

  private final Map<String, DN> groupByRole;

  private RoleGroups(Map<String, DN> groupByRole) {
    this.groupByRole = Collections.unmodifiableMap(groupByRole);
  }

  /**
   * @param groupDnByRole role id to group DN; blank DNs leave the role unmapped
   * @throws IllegalArgumentException naming the role whose DN is not a DN, or a role we do not have
   */
  public static RoleGroups of(Map<String, String> groupDnByRole) {
    Map<String, DN> mapped = new LinkedHashMap<>();
    for (String role : Roles.ALL) {
      String dn = groupDnByRole.get(role);
      if (dn != null && !dn.isBlank()) {
        mapped.put(role, parse(role, dn));
      }
    }
    groupDnByRole.keySet().stream().filter(role -> !Roles.ALL.contains(role)).findFirst().ifPresent(role -> {
      throw new IllegalArgumentException("There is no role '" + role + "'; roles are " + Roles.ALL);
    });
    return new RoleGroups(mapped);
  }

  /** The group whose members hold {@code role}; empty for an unmapped role or any other id. */
  public Optional<DN> groupOf(String role) {
    return Optional.ofNullable(role == null ? null : groupByRole.get(role));
  }

  /** The role a group stands for; empty for a group not mapped to any role. */
  public Optional<String> roleOf(String groupDn) {
    DN dn;
    try {
      dn = new DN(groupDn);
    } catch (LDAPException notADn) {
      return Optional.empty();
    }
    return groupByRole.entrySet().stream().filter(e -> e.getValue().equals(dn)).map(Map.Entry::getKey).findFirst();
  }

  /** Role id to group DN, in the order of {@link Roles#ALL}. */
  public Map<String, DN> all() {
    return groupByRole;
  }

  private static DN parse(String role, String dn) {
    try {
      return new DN(dn);
    } catch (LDAPException e) {
      throw new IllegalArgumentException("The directory group for role " + role + " is not a DN: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "RoleGroups" + groupByRole;
  }
}
