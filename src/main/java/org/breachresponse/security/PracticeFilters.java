package org.breachresponse.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One practice's Tasklist filter, "&lt;practice name&gt;: my group's tasks": the tasks my role may claim, of that
 * practice only ({@code tenantIdIn}), with the incident and practice on each card. Its name names the practice,
 * so it is readable only by the practice's members who work in the Tasklist (users of a staff role and groups that
 * are members of its Camunda tenant; not the auditor),
 * not by the role groups, whose members work for other practices too: staff of one practice never learn the
 * name of another. The grants follow the memberships when {@link #ensure} runs again (at every start and when a
 * practice is created); grants to someone no longer a member are removed then. Found by the property
 * {@code practice} (its id), so a renamed practice's filter is renamed, not duplicated.
 */
final class PracticeFilters {

  static final String PRACTICE_PROPERTY = "practice";
  static final String NAME_SUFFIX = ": my group's tasks";
  /** After the shared filters (-10 … 0) in the Tasklist's list. */
  private static final int PRIORITY = 10;

  private final ProcessEngine engine;

  PracticeFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Creates or renames the practice's filter and grants READ on it to exactly the practice's members. */
  Filter ensure(String practiceId, String practiceName) {
    FilterService filters = engine.getFilterService();
    String name = practiceName + NAME_SUFFIX;
    Filter filter = find(practiceId).orElse(null);
    if (filter == null) {
      filter = filters.newTaskFilter(name).setQuery(query(practiceId)).setProperties(Map.of(
          "priority", PRIORITY, "description", "Tasks my role may claim at " + practiceName, "refresh", true,
          "variables", TasklistFilters.CARD_VARIABLES, PRACTICE_PROPERTY, practiceId));
      filters.saveFilter(filter);
    } else if (!name.equals(filter.getName())) {
      filters.saveFilter(filter.setName(name));
    }
    grantReadToMembers(filter.getId(), practiceId);
    return filter;
  }

  Optional<Filter> find(String practiceId) {
    return engine.getFilterService().createFilterQuery().filterResourceType("Task").list().stream()
        .filter(filter -> filter.getProperties() != null
            && practiceId.equals(filter.getProperties().get(PRACTICE_PROPERTY)))
        .findFirst();
  }

  private TaskQuery query(String practiceId) {
    return engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .tenantIdIn(practiceId);
  }

  private void grantReadToMembers(String filterId, String practiceId) {
    IdentityService identity = engine.getIdentityService();
    // Members who work in the Tasklist: the staff roles, not the auditor (who works no task) nor the administrator.
    Set<String> users = new HashSet<>();
    for (String role : RoleAuthorizations.STAFF) {
      identity.createUserQuery().memberOfGroup(role).memberOfTenant(practiceId).list().stream().map(User::getId)
          .forEach(users::add);
    }
    Set<String> groups = identity.createGroupQuery().memberOfTenant(practiceId).list().stream().map(Group::getId)
        .filter(group -> !group.equals(Roles.COMPLIANCE_AUDITOR) && !group.equals(Roles.ADMIN))
        .collect(Collectors.toCollection(HashSet::new));
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<Authorization> existing = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filterId).list();
    for (Authorization authorization : existing) {
      if (authorization.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
        continue;
      }
      boolean member = authorization.getUserId() != null ? users.remove(authorization.getUserId())
          : groups.remove(authorization.getGroupId());
      if (!member && !Objects.equals(authorization.getUserId(), Authorization.ANY)) {
        authorizations.deleteAuthorization(authorization.getId());
      } else if (member && !authorization.isPermissionGranted(Permissions.READ)) {
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
      }
    }
    users.forEach(user -> grantRead(filterId, user, null));
    groups.forEach(group -> grantRead(filterId, null, group));
  }

  private void grantRead(String filterId, String userId, String groupId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setGroupId(groupId);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filterId);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }
}
