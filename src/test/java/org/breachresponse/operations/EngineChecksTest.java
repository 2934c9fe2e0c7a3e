package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/** The engine's checks on real in-memory engines, with and without a job executor. */
class EngineChecksTest {

  @Test
  void engineIsUpOnlyWhenRegisteredAndItsStartUpIsDone() {
    assertThat(EngineChecks.engine(null, true)).isEqualTo(CheckResult.down("engine", "not registered"));
    ProcessEngine engine = engine(false);
    try {
      assertThat(EngineChecks.engine(engine, false)).isEqualTo(CheckResult.down("engine", "starting"));
      assertThat(EngineChecks.engine(engine, true)).isEqualTo(CheckResult.up("engine"));
    } finally {
      engine.close();
    }
  }

  @Test
  void jobExecutorIsReportedAsItRuns() {
    ProcessEngine withExecutor = engine(true);
    try {
      assertThat(EngineChecks.jobExecutor(withExecutor)).isEqualTo(CheckResult.up("jobExecutor"));
    } finally {
      withExecutor.close();
    }
    assertThat(EngineChecks.jobExecutor(withExecutor)).isEqualTo(CheckResult.down("jobExecutor", "not running"));
    ProcessEngine without = engine(false);
    try {
      // Built without its executor, as every node's engine is until start-up is done: not running yet
      assertThat(EngineChecks.jobExecutor(without)).isEqualTo(CheckResult.down("jobExecutor", "not running"));
      System.setProperty("breach.engine.job-executor", "false");
      assertThat(EngineChecks.jobExecutor(without))
          .isEqualTo(CheckResult.down("jobExecutor", "switched off on this node"));
    } finally {
      System.clearProperty("breach.engine.job-executor");
      without.close();
    }
    assertThat(EngineChecks.jobExecutor(null)).isEqualTo(CheckResult.down("jobExecutor", "no engine"));
  }

  private static ProcessEngine engine(boolean jobExecutor) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("health-" + UUID.randomUUID());
    configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName() + ";DB_CLOSE_DELAY=1000");
    configuration.setJobExecutorActivate(jobExecutor);
    configuration.setDbMetricsReporterActivate(false);
    return configuration.buildProcessEngine();
  }
}
