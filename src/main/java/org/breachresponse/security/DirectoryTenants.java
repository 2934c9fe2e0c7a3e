package org.breachresponse.security;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.breachresponse.practice.PracticeStaffGroup;

/**
 * Who belongs to which practice when staff sign in with Active Directory. A practice (a Camunda tenant) has
 * as staff the members of the directory group its settings name by DN ({@code staffGroup}), nested groups
 * included; the first practice, as long as it names no group, has everyone in a role group (not the
 * administrators', who reach every practice anyway), so a one-practice installation upgrades with nothing to
 * do. Staff-group membership is the user's own; the first practice's comes through the role groups, which are
 * Camunda groups, so it counts only where Camunda counts memberships through groups
 * ({@code includingGroupsOfUser(true)}, {@code groupMember(role)}).
 */
final class DirectoryTenants {

  private static final Logger LOG = Logger.getLogger(DirectoryTenants.class.getName());

  private final List<PracticeStaffGroup> practices;
  private final RoleGroups roleGroups;
  private final Map<DN, List<String>> practicesByStaffGroup = new LinkedHashMap<>();

  DirectoryTenants(List<PracticeStaffGroup> practices, RoleGroups roleGroups) {
    this.practices = List.copyOf(practices);
    this.roleGroups = roleGroups;
    for (PracticeStaffGroup practice : practices) {
      practice.group().flatMap(group -> dn(practice, group)).ifPresent(dn ->
          practicesByStaffGroup.computeIfAbsent(dn, any -> new ArrayList<>()).add(practice.practiceId()));
    }
  }

  List<PracticeStaffGroup> practices() {
    return practices;
  }

  /** The groups a user's membership must be asked for: the staff groups, and the role groups if they count. */
  Set<DN> groupsToAsk(boolean includingGroups) {
    Set<DN> groups = new LinkedHashSet<>(practicesByStaffGroup.keySet());
    if (includingGroups && practices.stream().anyMatch(PracticeStaffGroup::staffedByRoles)) {
      groups.addAll(staffRoleGroups());
    }
    return groups;
  }

  /**
   * The search for those of {@code groups} that have {@code userDn} as a member, directly or through nested
   * groups (AD's LDAP_MATCHING_RULE_IN_CHAIN); every value escaped by the SDK.
   */
  static Filter membershipFilter(Collection<DN> groups, String userDn) {
    return Filter.createANDFilter(Filter.createEqualityFilter("objectClass", "group"),
        Filter.createORFilter(groups.stream()
            .map(dn -> Filter.createEqualityFilter("distinguishedName", dn.toString())).toList()),
        Filter.createExtensibleMatchFilter("member", ActiveDirectoryIdentitySession.IN_CHAIN, false, userDn));
  }

  /** The practices of a user who is a member of {@code memberOf} (what the search above found). */
  Set<String> practicesOfMember(Collection<DN> memberOf, boolean includingGroups) {
    Set<String> ids = new LinkedHashSet<>();
    for (DN group : memberOf) {
      ids.addAll(practicesByStaffGroup.getOrDefault(group, List.of()));
    }
    if (includingGroups && memberOf.stream().anyMatch(staffRoleGroups()::contains)) {
      practices.stream().filter(PracticeStaffGroup::staffedByRoles).map(PracticeStaffGroup::practiceId)
          .forEach(ids::add);
    }
    return ids;
  }

  /** The practices the Camunda group {@code groupId} (a role) belongs to: the first, while roles staff it. */
  Set<String> practicesOfGroup(String groupId) {
    if (Roles.ADMIN.equals(groupId) || roleGroups.groupOf(groupId).isEmpty()) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    practices.stream().filter(PracticeStaffGroup::staffedByRoles).map(PracticeStaffGroup::practiceId)
        .forEach(ids::add);
    return ids;
  }

  private Set<DN> staffRoleGroups() {
    Set<DN> groups = new LinkedHashSet<>();
    roleGroups.all().forEach((role, dn) -> {
      if (!Roles.ADMIN.equals(role)) {
        groups.add(dn);
      }
    });
    return groups;
  }

  private static Optional<DN> dn(PracticeStaffGroup practice, String group) {
    try {
      return Optional.of(new DN(group));
    } catch (LDAPException notADn) {
      LOG.warning(() -> "Practice '" + practice.practiceId() + "': its staff group is not a DN, so it has no "
          + "directory staff: " + notADn.getMessage());
      return Optional.empty();
    }
  }
}
