package org.breachresponse.security;

import java.util.function.BiPredicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Refuses a command on a single task (read it, its variables, its form; claim, complete, submit, assign, change
 * its identity links or variables, comment, delete) to a user whose task it is not ({@link TaskAccess}), after
 * Camunda's own checkers have let the user through on the process definition's grants. The refusal is the
 * engine's own: an {@link AuthorizationException} naming the missing permission on the task, which the engine
 * REST API answers with 403. Another practice's task never gets here: the tenant check refuses it first.
 */
final class TaskRoleChecker extends NoCommandChecks {

  @Override
  public void checkReadTask(TaskEntity task) {
    checkRead(task, Permissions.READ);
  }

  @Override
  public void checkReadTaskVariable(TaskEntity task) {
    checkRead(task, Permissions.READ);
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
    checkWork(task, Permissions.UPDATE);
  }

  @Override
  public void checkTaskAssign(TaskEntity task) {
    checkWork(task, Permissions.TASK_ASSIGN);
  }

  @Override
  public void checkTaskWork(TaskEntity task) {
    checkWork(task, Permissions.TASK_WORK);
  }

  @Override
  public void checkDeleteTask(TaskEntity task) {
    checkWork(task, Permissions.DELETE);
  }

  private static void checkRead(TaskEntity task, Permission permission) {
    check(task, permission, TaskAccess::readsEveryTask);
  }

  private static void checkWork(TaskEntity task, Permission permission) {
    check(task, permission, TaskAccess::reachesEveryTask);
  }

  /** Refuses unless the engine checks nothing for this command, {@code everyTask} lets the user through, or the task is the user's. */
  private static void check(TaskEntity task, Permission permission,
      BiPredicate<CommandContext, Authentication> everyTask) {
    CommandContext commandContext = Context.getCommandContext();
    Authentication user = TaskAccess.checkedUser(commandContext);
    if (user != null && !everyTask.test(commandContext, user) && !TaskAccess.isOwnTask(user, task)) {
      throw refused(user, task, permission);
    }
  }

  private static AuthorizationException refused(Authentication user, TaskEntity task, Permission permission) {
    return new AuthorizationException(user.getUserId(), permission.getName(), Resources.TASK.resourceName(),
        task.getId());
  }
}
