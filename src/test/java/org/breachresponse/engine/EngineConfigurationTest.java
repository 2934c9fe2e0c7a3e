package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.breachresponse.process.ApplicationSettings;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/** The server's engine names its node in the jobs it locks, its job log and its metrics (ADR 0014). */
class EngineConfigurationTest {

  @Test
  void theNodeNameIsTheLockOwnerAndTheHostNameAndALockLastsThirtySeconds() {
    ProcessEngineConfigurationImpl configuration =
        EngineConfiguration.create(new ApplicationSettings(true, true, 4, "node-a"), null);

    assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("node-a");
    assertThat(configuration.getJobExecutor().getLockTimeInMillis()).isEqualTo(30_000);
    assertThat(configuration.getHostname()).isEqualTo("node-a");
    assertThat(configuration.isJobExecutorDeploymentAware()).isFalse();
    // Started by EngineLifecycle once the start-up work is done, not by the engine's build.
    assertThat(configuration.isJobExecutorActivate()).isFalse();
  }

  @Test
  void aFailingJobIsTheJobExecutorsWarningNotACommandError() {
    ProcessEngineConfigurationImpl configuration =
        EngineConfiguration.create(new ApplicationSettings(true, true, 4, "node-a"), null);

    assertThat(configuration.isEnableCmdExceptionLogging()).isFalse();
  }
}
