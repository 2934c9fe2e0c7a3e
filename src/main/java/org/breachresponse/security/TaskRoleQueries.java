package org.breachresponse.security;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager, except that a task query of a user who does not read every task
 * ({@link TaskAccess}) shows only the user's tasks: it gains the condition "a candidate group of the task is one of
 * mine, or I am its assignee or owner" (an "or" query of Camunda's task query, so the engine's own SQL does it).
 * The authorization check of such a query is made once per query instead of once per task (see
 * {@link #checkOnceForTheQuery}); everything else is Camunda's.
 */
final class TaskRoleQueries extends AuthorizationManager {

  /** Makes the engine use this manager wherever it would use its own (a custom session factory). */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new TaskRoleQueries();
    }
  }

  /**
   * The "or" queries added here, so that a query configured again (counted, then listed) loses them before it gets
   * them anew, and a caller's own "or" query is never taken for one of ours.
   */
  private static final Set<TaskQueryImpl> ADDED = Collections.synchronizedSet(
      Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    query.getQueries().removeIf(ADDED::contains);
    super.configureTaskQuery(query);
    CommandContext commandContext = Context.getCommandContext();
    Authentication user = TaskAccess.checkedUser(commandContext);
    if (!query.getAuthCheck().isAuthorizationCheckEnabled() || user == null
        || TaskAccess.readsEveryTask(commandContext, user)) {
      return;
    }
    List<String> groups = TaskAccess.groups(user);
    TaskQueryImpl mine = added(query);
    if (!groups.isEmpty()) {
      mine.taskCandidateGroupIn(groups).includeAssignedTasks();
    }
    mine.taskAssignee(user.getUserId()).taskOwner(user.getUserId()).endOr();
    checkOnceForTheQuery(query, user);
  }

  private static TaskQueryImpl added(TaskQueryImpl query) {
    TaskQueryImpl or = (TaskQueryImpl) query.or();
    ADDED.add(or);
    return or;
  }

  /**
   * Camunda checks a task query row by row: each task is joined with the user's authorizations on
   * {@code RESOURCE_ID_ IN (task id, process definition key, '*')}, which H2 evaluates as a subquery per task
   * and PostgreSQL as a nested loop (docs/benchmarks.md). With no authorization per task, the only rights that can
   * let a task through are READ on every task and READ_TASK on its process definition, both known before the
   * query runs: they are checked here once, with the engine's own check (revokes included), and the query is kept
   * to the process definitions the user may read the tasks of instead of the join. A user with neither keeps
   * Camunda's check, which then finds nothing.
   */
  private void checkOnceForTheQuery(TaskQueryImpl query, Authentication user) {
    String userId = user.getUserId();
    List<String> groups = TaskAccess.groups(user);
    if (isAuthorized(userId, groups, Permissions.READ, Resources.TASK, Authorization.ANY)
        || isAuthorized(userId, groups, Permissions.READ_TASK, Resources.PROCESS_DEFINITION, Authorization.ANY)) {
      query.getAuthCheck().setAuthorizationCheckEnabled(false);
      return;
    }
    List<String> keys = readableTaskProcesses(userId, groups);
    if (!keys.isEmpty()) {
      added(query).processDefinitionKeyIn(keys.toArray(String[]::new)).endOr();
      query.getAuthCheck().setAuthorizationCheckEnabled(false);
    }
  }

  /** The process definitions on which the user holds READ_TASK, directly, through a group or for everyone. */
  private List<String> readableTaskProcesses(String userId, List<String> groups) {
    AuthorizationQueryImpl grants = new AuthorizationQueryImpl();
    grants.resourceType(Resources.PROCESS_DEFINITION).hasPermission(Permissions.READ_TASK);
    @SuppressWarnings("unchecked")
    List<Authorization> rows = getDbEntityManager().selectList("selectAuthorizationByQueryCriteria", grants);
    return rows.stream()
        .filter(row -> row.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE)
        .filter(row -> Authorization.ANY.equals(row.getUserId()) || userId.equals(row.getUserId())
            || groups.contains(row.getGroupId()))
        .map(Authorization::getResourceId)
        .distinct()
        .filter(key -> isAuthorized(userId, groups, Permissions.READ_TASK, Resources.PROCESS_DEFINITION, key))
        .toList();
  }


}
