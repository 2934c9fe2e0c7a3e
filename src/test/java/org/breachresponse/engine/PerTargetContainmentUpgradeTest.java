package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.notification.NotificationWiring;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.review.RecoveryAndReviewWiring;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: containment in batches adds the batch subprocesses before the per-target ones and keeps every
 * activity of the model before it (kept in {@code models/breach-response-v2-per-target.bpmn}) with its id in its
 * scope, so the model version stays 2 and the start-up upgrade moves running incidents by equal ids. An incident
 * waiting anywhere in containment on that model (the approval, a target's job, its end, a hand-over, a failed job
 * that is a Camunda incident) is moved and then contained and closed on the new definition.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PerTargetContainmentUpgradeTest {

  private static final String PREVIOUS_MODEL = "models/breach-response-v2-per-target.bpmn";
  private static final ProcessEngine ENGINE = TestEngine.get();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private String previousDeployment;
  private String currentDeployment;
  private ProcessDefinition previous;
  private ProcessDefinition current;
  private InMemoryIncidentService incidents;
  private ResponseDriver driver;

  @BeforeAll
  void deployPreviousThenNewModel() {
    previousDeployment = withFormsAndDecisions(ENGINE.getRepositoryService().createDeployment()
        .name("breach-response, containment per target").addClasspathResource(PREVIOUS_MODEL)).deploy().getId();
    currentDeployment = withFormsAndDecisions(ENGINE.getRepositoryService().createDeployment()
        .name("breach-response, containment in batches").addClasspathResource(ProcessesXml.model())).deploy().getId();
    previous = definitionOf(previousDeployment);
    current = definitionOf(currentDeployment);
  }

  @AfterAll
  void undeploy() {
    ENGINE.getRepositoryService().deleteDeployment(currentDeployment, true);
    ENGINE.getRepositoryService().deleteDeployment(previousDeployment, true);
  }

  @BeforeEach
  void wire() {
    incidents = new InMemoryIncidentService();
    InMemoryRiskAssessmentService assessments = new InMemoryRiskAssessmentService(incidents);
    IdentifyAndAnalyseWiring.register(incidents, assessments);
    NotificationWiring notification = NotificationWiring.register(incidents, assessments, smtp.getSmtp().getPort());
    RecoveryAndReviewWiring.register(incidents, notification.records);
    init(ENGINE);
    driver = new ResponseDriver(ENGINE, incidents);
    NoticeStaff.add(ENGINE.getIdentityService());
  }

  @AfterEach
  void reset() {
    for (ProcessInstance left : ENGINE.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(BreachResponseProcess.KEY).list()) {
      ENGINE.getRuntimeService().deleteProcessInstance(left.getId(), "test over", true, true);
    }
    Mocks.reset();
    ENGINE.getIdentityService().clearAuthentication();
    NoticeStaff.remove(ENGINE.getIdentityService());
  }

  @Test
  void theBatchesKeepTheModelVersion() {
    assertThat(ModelVersion.of(previous)).isEqualTo(ModelVersion.of(current)).isEqualTo("2");
    assertThat(current.getVersion()).isGreaterThan(previous.getVersion());
  }

  static List<String> waitStatesInContainment() {
    return List.of(BreachResponseProcess.TASK_APPROVE_CONTAINMENT, BreachResponseProcess.TASK_ISOLATE_MACHINE,
        BreachResponseProcess.TASK_RESET_PASSWORD, BreachResponseProcess.END_EVENT_MACHINE_ISOLATED,
        BreachResponseProcess.END_EVENT_PASSWORD_RESET, BreachResponseProcess.TASK_ISOLATE_MANUALLY,
        BreachResponseProcess.TASK_RESET_MANUALLY);
  }

  @ParameterizedTest(name = "an incident waiting at {0}")
  @MethodSource("waitStatesInContainment")
  void anIncidentWaitingInContainmentOnThePreviousModelIsMovedAndFinishes(String waitState) {
    Course course = waitState.endsWith("Manually") ? Course.BY_HAND : Course.PLAIN;
    ContainmentWiring.register(incidents, course.directory()
        ? new InMemoryDirectory().withMachines("ws-01").withAccounts("jdoe") : null);
    ProcessInstance incident = driver.report(previous.getId(), course);
    driver.advanceTo(incident, waitState, course);

    assertThat(new RunningIncidentsUpgrade(ENGINE, RunningIncidentsUpgrade.steps()).run())
        .isEqualTo(new RunningIncidentsUpgrade.UpgradeOutcome(1, 0));

    assertThat(definitionOf(incident)).isEqualTo(current.getId());
    assertThat(driver.isWaitingAt(incident, waitState)).as("still waiting at %s", waitState).isTrue();
    driver.finish(incident, course);
    assertThat(ENGINE.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(BreachResponseProcess.END_EVENT_INCIDENT_CLOSED).finished().count()).isEqualTo(1);
  }

  @Test
  void aResetThatIsACamundaIncidentOnThePreviousModelStaysOneAndARetryResolvesIt() {
    InMemoryDirectory directory = new InMemoryDirectory().withMachines("ws-01").withAccounts("jdoe");
    ContainmentWiring.register(incidents, directory);
    ProcessInstance incident = driver.report(previous.getId(), Course.PLAIN);
    driver.advanceTo(incident, BreachResponseProcess.TASK_RESET_PASSWORD, Course.PLAIN);
    directory.down(true);
    ManagementService management = ENGINE.getManagementService();
    Job reset = management.createJobQuery().processInstanceId(incident.getId())
        .activityId(BreachResponseProcess.TASK_RESET_PASSWORD).singleResult();
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThatThrownBy(() -> management.executeJob(reset.getId())).hasMessageContaining("Cannot reach");
    }
    assertThat(ENGINE.getRuntimeService().createIncidentQuery().processInstanceId(incident.getId()).count()).isOne();

    assertThat(new RunningIncidentsUpgrade(ENGINE, RunningIncidentsUpgrade.steps()).run().moved()).isOne();

    assertThat(ENGINE.getRuntimeService().createIncidentQuery().processInstanceId(incident.getId()).singleResult()
        .getProcessDefinitionId()).as("the Camunda incident moved with its job").isEqualTo(current.getId());
    directory.down(false);
    management.setJobRetries(reset.getId(), 1);
    management.executeJob(reset.getId());
    driver.finish(incident, Course.PLAIN);
    assertThat(directory.resets()).containsExactly("jdoe");
  }

  private static DeploymentBuilder withFormsAndDecisions(DeploymentBuilder deployment) {
    ProcessesXml.decisionsAndForms().forEach(deployment::addClasspathResource);
    return deployment;
  }

  private static ProcessDefinition definitionOf(String deploymentId) {
    return ENGINE.getRepositoryService().createProcessDefinitionQuery().deploymentId(deploymentId)
        .processDefinitionKey(BreachResponseProcess.KEY).singleResult();
  }

  private static String definitionOf(ProcessInstance incident) {
    return ENGINE.getRuntimeService().createProcessInstanceQuery().processInstanceId(incident.getId()).singleResult()
        .getProcessDefinitionId();
  }
}
