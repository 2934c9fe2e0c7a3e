package org.breachresponse.practice;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Who holds a role at one practice: the users of a role group (e.g. {@code privacy-officer}) who are members of
 * the practice's tenant, directly or through a group that is a tenant member. Camunda's
 * {@code UserQuery.memberOfTenant} finds only direct members, so the users of the tenant's member groups are
 * added before the role's members are kept.
 */
public final class PracticeStaff {

  private PracticeStaff() {
  }

  /**
   * @param practiceId the practice (tenant) id; null for every member of the roles (an incident of an engine test
   *                   without practices)
   * @param roles      role group ids
   * @return the users in any of {@code roles} who belong to the practice, each once, in the order found
   */
  public static List<User> inRoles(IdentityService identity, String practiceId, Collection<String> roles) {
    Map<String, User> inRole = new LinkedHashMap<>();
    for (String role : roles) {
      identity.createUserQuery().memberOfGroup(role).list().forEach(user -> inRole.putIfAbsent(user.getId(), user));
    }
    if (practiceId == null) {
      return List.copyOf(inRole.values());
    }
    Set<String> members = members(identity, practiceId);
    return inRole.values().stream().filter(user -> members.contains(user.getId())).toList();
  }

  /** The ids of every user who belongs to the practice, directly or through a group. */
  static Set<String> members(IdentityService identity, String practiceId) {
    Set<String> members = identity.createUserQuery().memberOfTenant(practiceId).list().stream()
        .map(User::getId).collect(Collectors.toCollection(java.util.HashSet::new));
    for (Group group : identity.createGroupQuery().memberOfTenant(practiceId).list()) {
      identity.createUserQuery().memberOfGroup(group.getId()).list().forEach(user -> members.add(user.getId()));
    }
    return members;
  }
}
