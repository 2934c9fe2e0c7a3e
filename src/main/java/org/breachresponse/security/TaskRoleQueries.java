package org.breachresponse.security;

import java.util.List;
import java.util.Objects;
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
 * Everything else, the authorization join on the process definition's grants included, is Camunda's.
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

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    CommandContext commandContext = Context.getCommandContext();
    Authentication user = TaskAccess.checkedUser(commandContext);
    if (!query.getAuthCheck().isAuthorizationCheckEnabled() || user == null
        || TaskAccess.readsEveryTask(commandContext, user) || isRestricted(query, user)) {
      return;
    }
    List<String> groups = TaskAccess.groups(user);
    TaskQueryImpl mine = (TaskQueryImpl) query.or();
    if (!groups.isEmpty()) {
      mine.taskCandidateGroupIn(groups).includeAssignedTasks();
    }
    mine.taskAssignee(user.getUserId()).taskOwner(user.getUserId()).endOr();
  }

  /** Already narrowed: a query counted and then listed is configured twice. */
  private static boolean isRestricted(TaskQueryImpl query, Authentication user) {
    return query.getQueries().stream().skip(1).anyMatch(or -> user.getUserId().equals(or.getAssignee())
        && user.getUserId().equals(or.getOwner())
        && Objects.equals(or.getCandidateGroupsInternal(), TaskAccess.groups(user).isEmpty() ? null
            : TaskAccess.groups(user)));
  }
}
