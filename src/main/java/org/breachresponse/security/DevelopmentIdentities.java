package org.breachresponse.security;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.IT_RESPONDER;
import static org.breachresponse.security.Roles.METRICS_READER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.breachresponse.process.EngineStarted;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Development mode only: a group per role and one user per role whose id and password are the role's name,
 * plus the administrator {@code demo}/{@code demo} and the metrics reader {@code metrics-reader}/{@code metrics-reader}
 * (a Prometheus server's account). What the roles may do is granted in every mode by {@link RoleAuthorizations}. Safe to run at every start: it adds only what is missing. Production creates
 * no users and no groups: they come from the directory, or its first administrator is created in the Admin
 * app's setup page.
 */
@ApplicationScoped
public class DevelopmentIdentities {

  private static final Logger LOG = Logger.getLogger(DevelopmentIdentities.class.getName());
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
    // The account a Prometheus server scrapes GET /metrics with; it may read nothing else.
    ensureGroup(engine.getIdentityService(), METRICS_READER);
    ensureUser(engine.getIdentityService(), METRICS_READER, METRICS_READER, METRICS_READER);
    LOG.warning("Development mode: seeded the development users (password = user id). Never use this mode with real data.");
  }

  private static void ensureGroup(IdentityService identityService, String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(id);
      group.setType(ADMIN.equals(id) || METRICS_READER.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
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
