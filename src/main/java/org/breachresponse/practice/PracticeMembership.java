package org.breachresponse.practice;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Which practices the current caller reaches: the tenants of the engine's current authentication, as our
 * API's filter, the engine REST API and the web apps set them from Camunda's tenant memberships (directly
 * or through a group). Members of {@code camunda-admin}, the provider's administrators, reach every
 * practice, as the engine's own tenant check lets them. Steps the engine takes on its own (timers,
 * asynchronous continuations) have no caller and are not restricted.
 *
 * @param everyPractice an administrator, or the engine acting on its own
 * @param practiceIds   the practices a restricted caller belongs to
 */
public record PracticeMembership(boolean everyPractice, Set<String> practiceIds) {

  public static PracticeMembership current(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return new PracticeMembership(true, Set.of());
    }
    List<String> groups = authentication.getGroupIds();
    if (groups != null && groups.contains(Groups.CAMUNDA_ADMIN)) {
      return new PracticeMembership(true, Set.of());
    }
    List<String> tenants = authentication.getTenantIds();
    return new PracticeMembership(false, tenants == null ? Set.of() : Set.copyOf(tenants));
  }

  public boolean reaches(String practiceId) {
    return everyPractice || practiceIds.contains(practiceId);
  }

  /** The practices a restricted caller may see, or null for every practice (for queries). */
  public Set<String> restriction() {
    return everyPractice ? null : practiceIds;
  }
}
