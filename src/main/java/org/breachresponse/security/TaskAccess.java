package org.breachresponse.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Whose task a task is (docs/adr/0015-task-rights-by-role.md): the roles' groups hold their task rights on the
 * process definition, so the engine's own check lets every role with tasks reach every task of the process; this
 * narrows it to the tasks of one's role again. A task is the user's if one of the user's groups is a candidate
 * group of it, or the user is its assignee or owner. The administrator ({@code camunda-admin}) reaches every task,
 * and the compliance auditor reads every task (and works none: the auditor has no task permission but reading).
 */
final class TaskAccess {

  /** Groups whose members read every task, not just their role's: the auditor's. */
  static final List<String> READ_EVERY_TASK = List.of(Roles.COMPLIANCE_AUDITOR);

  private TaskAccess() {
  }

  /** The signed-in user whom this command is checked for, or null when the engine checks nothing. */
  static Authentication checkedUser(CommandContext commandContext) {
    ProcessEngineConfigurationImpl configuration = commandContext.getProcessEngineConfiguration();
    Authentication authentication = commandContext.getAuthentication();
    if (!configuration.isAuthorizationEnabled() || !commandContext.isAuthorizationCheckEnabled()
        || authentication == null || authentication.getUserId() == null) {
      return null;
    }
    return authentication;
  }

  static boolean reachesEveryTask(CommandContext commandContext, Authentication authentication) {
    return commandContext.getAuthorizationManager().isCamundaAdmin(authentication);
  }

  static boolean readsEveryTask(CommandContext commandContext, Authentication authentication) {
    return reachesEveryTask(commandContext, authentication)
        || groups(authentication).stream().anyMatch(READ_EVERY_TASK::contains);
  }

  static boolean isOwnTask(Authentication authentication, TaskEntity task) {
    String userId = authentication.getUserId();
    if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
      return true;
    }
    List<String> groups = groups(authentication);
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && groups.contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  static List<String> groups(Authentication authentication) {
    return authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }
}
