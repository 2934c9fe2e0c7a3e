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
import java.util.logging.Logger;
import org.breachresponse.engine.BreachResponseProcess;
import org.breachresponse.engine.EngineStarted;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Development mode only: one user per role whose id and password are the role's name, plus the
 * administrator {@code demo}/{@code demo}, with the authorizations and Tasklist filters each role needs.
 * Safe to run at every start: it adds only what is missing. Production seeds nothing; its first
 * administrator is created in the Admin app's setup page.
 */
@ApplicationScoped
public class DevelopmentIdentities {

  private static final Logger LOG = Logger.getLogger(DevelopmentIdentities.class.getName());
  /** Roles that take part in the response: they work in the Tasklist and may report a breach. */
  static final List<String> STAFF = List.of(FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER);
  static final String ADMIN_USER = "demo";
  static final String SECOND_RESPONDER = "it-responder-2";

  void seed(@Observes EngineStarted started) {
    if (!started.settings().development()) {
      return;
    }
    ProcessEngine engine = started.engine();
    Roles.ALL.forEach(role -> ensureGroup(engine.getIdentityService(), role));
    Roles.ALL.forEach(role -> ensureUser(engine.getIdentityService(), role, role, role));
    ensureUser(engine.getIdentityService(), ADMIN_USER, "demo", ADMIN);
    // A second responder: a machine must be verified clean by someone other than who cleansed it.
    ensureUser(engine.getIdentityService(), SECOND_RESPONDER, SECOND_RESPONDER, IT_RESPONDER);
    grantAuthorizations(new AuthorizationGrants(engine.getAuthorizationService()));
    new TasklistFilters(engine).ensure(STAFF);
    LOG.warning("Development mode: seeded the development users (password = user id). Never use this mode with real data.");
  }

  private static void grantAuthorizations(AuthorizationGrants grants) {
    for (Resources resource : Resources.values()) {
      grants.grant(ADMIN, resource, "*", Permissions.ALL);
    }
    for (String role : STAFF) {
      grants.grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // READ_INSTANCE lets the Tasklist show the incident reference on each task card.
      grants.grant(role, Resources.PROCESS_DEFINITION, BreachResponseProcess.KEY,
          Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE);
      grants.grant(role, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    grants.grant(PRACTICE_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(PRACTICE_OWNER, Resources.PROCESS_DEFINITION, "*",
        Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE);
    grants.grant(PRACTICE_OWNER, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grantAuditorReads(grants);
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

  private static void ensureGroup(IdentityService identityService, String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(id);
      group.setType(ADMIN.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private static void ensureUser(IdentityService identityService, String id, String password, String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("(development)");
      user.setEmail(id + "@practice.test");
      user.setPassword(password);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }
}
