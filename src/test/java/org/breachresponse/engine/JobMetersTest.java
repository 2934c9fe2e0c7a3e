package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * A real engine's job executor running one job that succeeds and one that fails until its retries are used up:
 * the running totals count what Camunda's meters count, and keep counting after Camunda's reporter empties its
 * meters.
 */
class JobMetersTest {

  @Test
  void countsAcquiredSuccessfulAndFailedJobsAndKeepsThemWhenCamundasMetersAreEmptied() throws InterruptedException {
    JobMeters meters = new JobMeters();
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("job-meters-" + UUID.randomUUID());
    configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName() + ";DB_CLOSE_DELAY=1000");
    configuration.setMetricsRegistry(meters);
    configuration.setDbMetricsReporterActivate(false);
    configuration.setJobExecutorActivate(true);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment()
          .addModelInstance("succeeds.bpmn", Bpmn.createExecutableProcess("succeeds").startEvent()
              .serviceTask().camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
          .addModelInstance("fails.bpmn", Bpmn.createExecutableProcess("fails").startEvent()
              .serviceTask().camundaAsyncBefore().camundaExpression("${noSuchBean.run()}").endEvent().done())
          .deploy();
      engine.getRuntimeService().startProcessInstanceByKey("succeeds");
      engine.getRuntimeService().startProcessInstanceByKey("fails");

      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while ((engine.getRuntimeService().createIncidentQuery().count() == 0
          || engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("succeeds").count() > 0)
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }

      assertThat(meters.total(Metrics.JOB_SUCCESSFUL)).isEqualTo(1);
      // Camunda retries a failing job three times before it raises an incident.
      assertThat(meters.total(Metrics.JOB_FAILED)).isEqualTo(3);
      assertThat(meters.total(Metrics.JOB_ACQUIRED_SUCCESS)).isGreaterThanOrEqualTo(4);
      long camundas = meters.getDbMeterByName(Metrics.JOB_SUCCESSFUL).getAndClear();
      assertThat(camundas).isEqualTo(1);
      assertThat(meters.total(Metrics.JOB_SUCCESSFUL)).as("after Camunda's reporter emptied its meter").isEqualTo(1);
    } finally {
      engine.close();
    }
  }
}
