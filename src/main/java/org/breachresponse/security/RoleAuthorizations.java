package org.breachresponse.security;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.FRONT_DESK;
import static org.breachresponse.security.Roles.IT_RESPONDER;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.EngineStarted;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each role may do in the engine and the web apps (docs/authorization.md), granted to the role's group
 * at every start in every mode: in production the groups come from the directory (or the Admin app), and
 * their members must find their work without an administrator granting it by hand. Adds only what is
 * missing, so an administrator's extra grants stay and an older database catches up. Creates no user and no
 * group. The roles with tasks hold their task rights here, on the process definition, and {@link TaskRoles} keeps
 * each to the tasks whose candidate group it is; the engine creates no authorization per task
 * (docs/adr/0015-task-rights-by-role.md).
 */
@ApplicationScoped
public class RoleAuthorizations {

  /** Roles that take part in the response: they work in the Tasklist and may report a breach. */
  static final List<String> STAFF = List.of(FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER);
  /** Roles that are candidate groups of the model's user tasks. */
  static final List<String> TASK_ROLES = List.of(IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER);

  void grant(@Observes EngineStarted started) {
    grant(started.engine());
  }

  static void grant(ProcessEngine engine) {
    AuthorizationGrants grants = new AuthorizationGrants(engine.getAuthorizationService());
    for (Resources resource : Resources.values()) {
      grants.grant(ADMIN, resource, "*", Permissions.ALL);
    }
    for (String role : STAFF) {
      grants.grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.grant(role, Resources.PROCESS_DEFINITION, BreachResponseProcess.KEY,
          Permissions.READ, Permissions.CREATE_INSTANCE);
      grants.grant(role, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    // READ_INSTANCE lets the Tasklist show the incident reference on each task card. Not for the front desk,
    // which has no task and sees only the incidents it reported (our API), not every response in the engine.
    for (String role : TASK_ROLES) {
      grants.grant(role, Resources.PROCESS_DEFINITION, BreachResponseProcess.KEY, Permissions.READ_INSTANCE);
      // What the engine granted a candidate group on each of its tasks (READ, and UPDATE as Camunda's
      // defaultUserPermissionNameForTask), now once on the process: read, claim, complete, submit, variables.
      grants.grant(role, Resources.PROCESS_DEFINITION, BreachResponseProcess.KEY,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK);
    }
    grants.grant(PRACTICE_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(PRACTICE_OWNER, Resources.PROCESS_DEFINITION, "*",
        Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE);
    grants.grant(PRACTICE_OWNER, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grantAuditorReads(grants);
    new TasklistFilters(engine).ensure(STAFF);
  }

  /**
   * The compliance auditor reads the whole response in Cockpit and through the engine's APIs, and changes
   * nothing: only READ-kind permissions, never CREATE, UPDATE, DELETE, TASK_WORK or TASK_ASSIGN. With
   * {@code enableHistoricInstancePermissions} off (our engine's default), history is read through the
   * definition's READ_HISTORY; the historic task and process instance grants take over if it is turned on.
   */
  private static void grantAuditorReads(AuthorizationGrants grants) {
    String auditor = COMPLIANCE_AUDITOR;
    grants.grant(auditor, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    // READ_TASK: the user tasks of an instance in Cockpit; no process variable holds a patient's data.
    grants.grant(auditor, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY);
    grants.grant(auditor, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(auditor, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    grants.grant(auditor, Resources.DEPLOYMENT, "*", Permissions.READ);
    grants.grant(auditor, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
    grants.grant(auditor, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
  }
}
