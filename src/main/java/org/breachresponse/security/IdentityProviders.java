package org.breachresponse.security;

import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Chooses where the engine's users and groups come from ({@code BREACH_IDENTITY_PROVIDER}): the engine's own
 * tables (the default, with development mode's seeded users) or the practice's Active Directory.
 */
public final class IdentityProviders {

  private static final Logger LOG = Logger.getLogger(IdentityProviders.class.getName());

  private IdentityProviders() {
  }

  /** Called before the engine is built. */
  public static void install(ProcessEngineConfigurationImpl configuration, IdentitySettings identity,
      boolean development) {
    if (!identity.activeDirectory()) {
      return;
    }
    if (development) {
      throw new IllegalStateException("BREACH_IDENTITY_PROVIDER=active-directory needs BREACH_MODE=production: "
          + "development mode seeds its users into the engine's own tables, which a directory makes read-only");
    }
    configuration.getProcessEnginePlugins().add(new ActiveDirectoryIdentityPlugin(identity));
    List<String> unmapped = Roles.ALL.stream().filter(role -> identity.roleGroups().groupOf(role).isEmpty()).toList();
    LOG.info(() -> "Staff sign in with their Active Directory accounts at " + identity.url()
        + "; roles mapped to directory groups: " + identity.roleGroups().all().keySet());
    if (!unmapped.isEmpty()) {
      LOG.warning(() -> "No directory group for the roles " + unmapped + " (BREACH_IDENTITY_ROLE_*): nobody holds them");
    }
  }
}
