package org.breachresponse.engine;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeTenants;
import org.breachresponse.practice.Practices;
import org.breachresponse.process.EngineStarted;
import org.breachresponse.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Every practice has its Camunda tenant (created here if the engine's own user tables are in use; with
 * Active Directory sign-in the directory answers who belongs to which practice). When the first practice's
 * tenant is created, everyone who already works in a role becomes its member, so a one-practice installation
 * upgrades with nothing to do. Later users join a practice by a tenant membership an administrator adds.
 * Runs after {@code security.DevelopmentIdentities}, so development users belong to the first practice too.
 */
@ApplicationScoped
public class PracticeTenantsAtStart {

  private static final Logger LOG = Logger.getLogger(PracticeTenantsAtStart.class.getName());

  @Inject
  private Practices practices;

  @Inject
  private PracticeTenants tenants;

  void ensure(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) EngineStarted started) {
    IdentityService identityService = started.engine().getIdentityService();
    if (identityService.isReadOnly()) {
      return;
    }
    for (Practice practice : practices.all()) {
      boolean created = tenants.ensureTenant(practice);
      if (created && FirstPractice.CREATED_BY.equals(practice.createdBy())) {
        Set<String> staff = new LinkedHashSet<>();
        for (String role : Roles.ALL) {
          if (!Roles.ADMIN.equals(role)) {
            identityService.createUserQuery().memberOfGroup(role).list().stream().map(User::getId).forEach(staff::add);
          }
        }
        staff.forEach(user -> identityService.createTenantUserMembership(practice.id().value(), user));
        LOG.info(() -> "Practice '" + practice.id() + "': " + staff.size() + " existing staff became its members");
      }
    }
  }
}
