package org.breachresponse.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default authorizations for new users, groups, tenants, filters and deployments, but none for a task's
 * candidate groups and users, assignee or owner: the roles' task rights are grants on the process definition
 * ({@link RoleAuthorizations}) narrowed to one's own tasks ({@link TaskRoleChecker}, {@link TaskRoleQueries}).
 * One authorization row per task and group made every task query join thousands of rows
 * (docs/adr/0015-task-rights-by-role.md, docs/benchmarks.md).
 */
final class NoTaskAuthorizations extends DefaultAuthorizationProvider {

  private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
    return NONE;
  }

  @Override
  public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
    return NONE;
  }
}
