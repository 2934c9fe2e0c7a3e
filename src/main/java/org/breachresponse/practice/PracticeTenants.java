package org.breachresponse.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** A practice's Camunda tenant, kept with its id and name in the engine's identity tables. */
@ApplicationScoped
public class PracticeTenants {

  @Inject
  private IdentityService identityService;

  /**
   * Creates the practice's tenant, or renames it to the practice's name. Does nothing when users come from
   * a read-only directory. The tenant mirrors the practice, so it is written by the application, not as the
   * caller: a practice owner who may rename the practice (our API checked that) holds no Camunda right on
   * tenants, which stay the administrator's (they decide who belongs to a practice).
   *
   * @return whether the tenant was created now
   */
  public boolean ensureTenant(Practice practice) {
    if (identityService.isReadOnly()) {
      return false;
    }
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return writeTenant(practice);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private boolean writeTenant(Practice practice) {
    String id = practice.id().value();
    Tenant tenant = identityService.createTenantQuery().tenantId(id).singleResult();
    boolean created = tenant == null;
    if (created) {
      tenant = identityService.newTenant(id);
    } else if (practice.name().equals(tenant.getName())) {
      return false;
    }
    tenant.setName(practice.name());
    identityService.saveTenant(tenant);
    return created;
  }
}
