package org.breachresponse.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Task rights by role instead of by task (docs/adr/0015-task-rights-by-role.md): no authorization rows per task
 * ({@link NoTaskAuthorizations}), the roles' grants on the process definition ({@link RoleAuthorizations}), and
 * each role kept to its own tasks in single-task commands ({@link TaskRoleChecker}) and in task queries
 * ({@link TaskRoleQueries}).
 */
public final class TaskRoles {

  private TaskRoles() {
  }

  public static void applyTo(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new NoTaskAuthorizations());
    List<SessionFactory> sessionFactories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessionFactories.add(new TaskRoleQueries.Factory());
    configuration.setCustomSessionFactories(sessionFactories);
    // The engine's two checkers as it would install them itself, then ours: the tenant check answers first.
    configuration.setCommandCheckers(new ArrayList<>(
        List.of(new TenantCommandChecker(), new AuthorizationCommandChecker(), new TaskRoleChecker())));
  }
}
