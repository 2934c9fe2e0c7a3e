package org.breachresponse.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting in the engine right now: the user the Tasklist or our API authenticated. Steps the
 * engine takes on its own (timers, asynchronous continuations) have nobody behind them.
 */
public final class CurrentUser {

  public static final String ENGINE = "engine";

  private CurrentUser() {
  }

  public static String id(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? ENGINE : authentication.getUserId();
  }

  /** The user completing a task: the authenticated one, else the task's assignee. */
  public static String completing(DelegateTask task) {
    String id = id(task.getProcessEngineServices().getIdentityService());
    return ENGINE.equals(id) && task.getAssignee() != null ? task.getAssignee() : id;
  }
}
