package org.breachresponse.practice;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.breachresponse.process.EngineStarted;
import org.breachresponse.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Test-only, deployed by {@link PracticesBrowserIT} alone: at start, after the first practice's tenant and before
 * the practices' Tasklist filters ({@code security.PracticeTaskFilters}), a second practice B with its tenant, a
 * front-desk user of the first practice A only, and a provider responder (IT responder) who belongs to A and B.
 * Users' passwords are their ids, like the development users'.
 */
@ApplicationScoped
public class TwoPracticesSeed {

  static final String PRACTICE_A = "practice";
  static final String FRONT_DESK_A = "front-desk-a";
  static final String PROVIDER_RESPONDER = "provider-responder";

  @Inject
  private SecondPracticeRow secondPractice;

  @Inject
  private PracticeTenants tenants;

  void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 650) EngineStarted started) {
    tenants.ensureTenant(secondPractice.ensure());
    IdentityService identity = started.engine().getIdentityService();
    user(identity, FRONT_DESK_A, Roles.FRONT_DESK, List.of(PRACTICE_A));
    user(identity, PROVIDER_RESPONDER, Roles.IT_RESPONDER, List.of(PRACTICE_A, SecondPracticeRow.ID));
  }

  private static void user(IdentityService identity, String id, String role, List<String> practices) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("(test)");
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, role);
    practices.forEach(practice -> identity.createTenantUserMembership(practice, id));
  }
}
