package org.breachresponse.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.breachresponse.process.EngineStarted;

/**
 * Remembers that the engine has started and its start-up is done: {@link EngineStarted} is fired once the models
 * are deployed and the running incidents moved onto them ({@code engine/EngineLifecycle}).
 */
@ApplicationScoped
public class EngineReadiness {

  private volatile boolean started;

  void started(@Observes EngineStarted event) {
    started = true;
  }

  boolean started() {
    return started;
  }
}
