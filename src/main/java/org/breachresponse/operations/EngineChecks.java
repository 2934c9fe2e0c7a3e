package org.breachresponse.operations;

import org.breachresponse.process.ApplicationSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * The engine's checks: {@code engine}, whether the engine is registered with the container and its start-up (the
 * models' deployment) is done; {@code jobExecutor}, whether this node's job executor runs, which is only reported
 * (it may be switched off on purpose, {@code BREACH_ENGINE_JOB_EXECUTOR=false}, and the node still serves).
 */
final class EngineChecks {

  static final String ENGINE = "engine";
  static final String JOB_EXECUTOR = "jobExecutor";

  private EngineChecks() {
  }

  /** @param engine the registered engine, null when none is */
  static CheckResult engine(ProcessEngine engine, boolean startupDone) {
    if (engine == null) {
      return CheckResult.down(ENGINE, "not registered");
    }
    return startupDone ? CheckResult.up(ENGINE) : CheckResult.down(ENGINE, "starting");
  }

  static CheckResult jobExecutor(ProcessEngine engine) {
    if (engine == null) {
      return CheckResult.down(JOB_EXECUTOR, "no engine");
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor executor = configuration.getJobExecutor();
    if (executor != null && executor.isActive()) {
      return CheckResult.up(JOB_EXECUTOR);
    }
    // The engine is built with its job executor off and started once start-up work is done (EngineLifecycle), so
    // the configuration's flag says nothing; the node's setting does.
    return CheckResult.down(JOB_EXECUTOR, ApplicationSettings.fromSystemProperties().jobExecutor() ? "not running"
        : "switched off on this node");
  }
}
