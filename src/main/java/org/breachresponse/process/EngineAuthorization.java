package org.breachresponse.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Where our API's roles have already decided who may act (e.g. the privacy officer records a
 * law-enforcement delay), the engine's own per-user authorization would ask again for permissions the
 * roles do not model. This runs one piece of engine work without it, and puts the caller back.
 */
public final class EngineAuthorization {

  private EngineAuthorization() {
  }

  public static <T> T lifted(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
