package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.process.BreachResponseProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retention: Camunda's history cleanup keeps an ended incident's history six years from its end
 * (45 CFR 164.530(j)(2); docs/legal-sources.md, 'Burden of proof and retention') and removes it only after that.
 */
@ExtendWith(ProcessesXmlDeployment.class)
class RetentionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngine.get())
      .build();

  @BeforeEach
  void wire() {
    InMemoryIncidentService incidents = new InMemoryIncidentService();
    IdentifyAndAnalyseWiring.register(incidents, new InMemoryRiskAssessmentService(incidents));
    init(engine.getProcessEngine());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void anEndedIncidentsHistoryOutlivesSixYearsAndGoesOnlyAfter() {
    ZonedDateTime ended = ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    ClockUtil.setCurrentTime(Date.from(ended.toInstant()));
    Map<String, Object> report = new HashMap<>();
    report.put("reportedBy", "Maria, reception");
    report.put("discoveryDate", LocalDate.of(2026, 2, 28).toString());
    report.put("signUnusualNetworkActivity", true);
    report.put("description", "Pop-up on the reception PC");
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, report);
    complete(task(instance), withVariables("triageDecision", "FALSE_ALARM", "triageReason", "Browser advert, no malware"));
    HistoryService history = engine.getHistoryService();
    HistoricProcessInstance historic = history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(historic.getEndTime()).isNotNull();
    assertThat(historic.getRemovalTime().toInstant()).isAfterOrEqualTo(ended.plusYears(6).toInstant());

    cleanUpAt(ended.plusYears(6).minusDays(1));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()).isOne();

    cleanUpAt(ended.plusYears(6).plusDays(3));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  /** Runs Camunda's history cleanup now, on the engine's clock, as its nightly job would. */
  private void cleanUpAt(ZonedDateTime when) {
    ClockUtil.setCurrentTime(Date.from(when.toInstant()));
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
    engine.getManagementService().createJobQuery().jobId(cleanup.getId()).list()
        .forEach(left -> engine.getManagementService().deleteJob(left.getId()));
  }
}
