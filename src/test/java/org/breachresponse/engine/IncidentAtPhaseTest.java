package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_REPORT;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.Incident;
import org.breachresponse.notification.InMemoryNotificationRecords;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.review.RecoveryAndReviewWiring;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An incident started at a phase is where the same incident driven through the earlier phases would be: the same
 * activities waiting, in the same scopes, with the same process variables and the same running and reached phases.
 * Only the path there differs: identification was never replayed.
 */
@ExtendWith(ProcessesXmlDeployment.class)
class IncidentAtPhaseTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngine.get())
      .build();

  private InMemoryIncidentService incidents;
  private InMemoryRiskAssessmentService assessments;
  private ContainmentWiring containment;
  private ResponseDriver driver;

  @BeforeEach
  void wire() {
    incidents = new InMemoryIncidentService();
    assessments = new InMemoryRiskAssessmentService(incidents);
    IdentifyAndAnalyseWiring.register(incidents, assessments);
    containment = ContainmentWiring.register(incidents,
        new InMemoryDirectory().withMachines("ws-01").withAccounts("jdoe"));
    RecoveryAndReviewWiring.register(incidents, new InMemoryNotificationRecords());
    init(engine.getProcessEngine());
    driver = new ResponseDriver(engine.getProcessEngine(), incidents);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void containingWaitsWhereScopingTheBreachLeavesIt() {
    ProcessInstance replayed = driver.scoped("ws-01", "jdoe");

    ProcessInstance started = atPhase().containing();

    assertSameState(started, replayed);
    assertThat(incident(started).affectedMachines()).extracting(m -> m.hostname()).containsExactly("ws-01");
  }

  @Test
  void notifyingWaitsWhereANotifiableAssessmentLeavesIt() {
    ProcessInstance replayed = driver.scoped("ws-01", "jdoe");
    driver.as("privacy-officer");
    complete(task(TASK_ASSESS_RISK, replayed),
        IdentifyAndAnalyseWiring.assessment("NONE", "HIGH", "NOTIFIABLE_BREACH"));

    ProcessInstance started = atPhase().notifying(assessments);

    assertSameState(started, replayed);
    assertThat(assessments.recorded()).hasSize(2);
  }

  @Test
  void recoveringWaitsWhereRemovingTheThreatLeavesAnIncidentNeedingNoNotice() {
    ProcessInstance replayed = driver.scoped("ws-01", "jdoe");
    driver.as("privacy-officer");
    complete(task(TASK_ASSESS_RISK, replayed),
        IdentifyAndAnalyseWiring.assessment("NONE", "LOW", "LOW_PROBABILITY_OF_COMPROMISE"));
    driver.approve(replayed, "");
    driver.runJobs(replayed);
    driver.watch(replayed);
    driver.recordEvidence(replayed);
    driver.cleanse(replayed, "it-responder", "CLEANED");
    driver.verify(replayed, "CLEAN");
    driver.runJobs(replayed);

    ProcessInstance started = atPhase().recovering(containment);

    assertSameState(started, replayed);
    assertThat(containment.containment.machines(started.getBusinessKey())).containsExactly("ws-01");
  }

  private IncidentAtPhase atPhase() {
    return new IncidentAtPhase(engine.getProcessEngine(), incidents).scope("ws-01", "jdoe", "TX 300");
  }

  private void assertSameState(ProcessInstance started, ProcessInstance replayed) {
    assertThat(started).hasNotPassed(TASK_RECORD_REPORT, TASK_CONFIRM_BREACH, TASK_SCOPE_BREACH);
    assertThat(waiting(started)).isEqualTo(waiting(replayed));
    assertThat(engine.getRuntimeService().getVariables(started.getId()))
        .containsOnlyKeys(engine.getRuntimeService().getVariables(replayed.getId()).keySet().toArray(String[]::new))
        .containsEntry("incidentReference", started.getBusinessKey());
    for (String name : List.of("breachConfirmed", "isNotifiable")) {
      assertThat(engine.getRuntimeService().getVariables(started.getId()).get(name)).as(name)
          .isEqualTo(engine.getRuntimeService().getVariables(replayed.getId()).get(name));
    }
    Incident atPhase = incident(started);
    Incident driven = incident(replayed);
    assertThat(atPhase.phase()).isEqualTo(driven.phase());
    assertThat(atPhase.activePhases()).isEqualTo(driven.activePhases());
    assertThat(Arrays.stream(Phase.values()).filter(atPhase::hasReached))
        .containsExactlyElementsOf(Arrays.stream(Phase.values()).filter(driven::hasReached).toList());
  }

  /** The activity instance tree as "scope/activity" paths, sorted: tasks, asynchronous jobs, tokens at a join. */
  private List<String> waiting(ProcessInstance instance) {
    List<String> paths = new ArrayList<>();
    collect(engine.getRuntimeService().getActivityInstance(instance.getId()), "", paths);
    paths.sort(null);
    return paths;
  }

  private static void collect(ActivityInstance scope, String parent, List<String> paths) {
    String path = parent + "/" + scope.getActivityId();
    paths.add(path);
    for (TransitionInstance transition : scope.getChildTransitionInstances()) {
      paths.add(path + "/" + transition.getActivityId() + " (asynchronous)");
    }
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      collect(child, path, paths);
    }
  }

  private Incident incident(ProcessInstance instance) {
    return incidents.get(IncidentReference.of(instance.getBusinessKey()));
  }
}
