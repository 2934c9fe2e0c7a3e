package org.breachresponse.process;

import org.camunda.bpm.engine.ProcessEngine;

/** Fired once the engine runs and the models are deployed, so other capabilities can prepare it. */
public record EngineStarted(ProcessEngine engine, ApplicationSettings settings) {
}
