package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.EnumSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.process.Phase;
import org.breachresponse.incident.Incident;
import org.breachresponse.notification.NotificationWiring;
import org.breachresponse.review.RecoveryAndReviewWiring;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
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
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.IncidentReference;

/**
 * Issue 13: incidents started under the previous model follow the new one to their end. The flat model as it was
 * released (model version 1, kept in {@code models/breach-response-v1.bpmn}) and a model of version 2 are
 * deployed; one incident waits at each wait state of version 1 (every user task, timer and asynchronous job, read
 * from the file, so a wait state without a course here fails); the start-up upgrade moves it and it is driven to
 * its end on the new definition. Where the new model puts the waiting activity into a phase subprocess, the phase
 * must have been created around it, with its start listeners.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class UpgradeFromModelVersionOne {

  private static final String PREVIOUS_MODEL = "models/breach-response-v1.bpmn";

  /** How to reach each wait state of version 1; the others use {@link Course#PLAIN}. */
  private static final Map<String, Course> COURSES = new HashMap<>();

  static {
    for (String notified : List.of(BreachResponseProcess.TASK_DERIVE_OBLIGATIONS,
        BreachResponseProcess.TASK_PLAN_NOTIFICATIONS, BreachResponseProcess.TASK_SEND_NOTICE,
        BreachResponseProcess.TIMER_NOTICE_OVERDUE, BreachResponseProcess.TIMER_REMIND_WEEK_BEFORE,
        BreachResponseProcess.TIMER_REMIND_DAY_BEFORE)) {
      COURSES.put(notified, Course.NOTIFIED);
    }
    for (String overdue : List.of(BreachResponseProcess.TASK_EMAIL_OVERDUE_NOTICE,
        BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION, BreachResponseProcess.TASK_REMIND_WEEK_BEFORE,
        BreachResponseProcess.TASK_REMIND_DAY_BEFORE)) {
      COURSES.put(overdue, Course.OVERDUE);
    }
    for (String substitute : List.of(BreachResponseProcess.TASK_START_SUBSTITUTE_NOTICE,
        BreachResponseProcess.TIMER_WEB_POSTING_KEPT, BreachResponseProcess.TASK_END_WEB_POSTING,
        BreachResponseProcess.TIMER_TOLL_FREE_LINE_KEPT, BreachResponseProcess.TASK_CLOSE_TOLL_FREE_LINE)) {
      COURSES.put(substitute, Course.SUBSTITUTE_NOTICE);
    }
    for (String byHand : List.of(BreachResponseProcess.TASK_ISOLATE_MANUALLY,
        BreachResponseProcess.TASK_RESET_MANUALLY, BreachResponseProcess.TASK_RESTORE_MANUALLY)) {
      COURSES.put(byHand, Course.BY_HAND);
    }
    COURSES.put(BreachResponseProcess.TASK_RETIRE_MACHINE, Course.MACHINE_REPLACED);
    COURSES.put(BreachResponseProcess.END_EVENT_MACHINE_RETIRED, Course.MACHINE_REPLACED);
    COURSES.put(BreachResponseProcess.TIMER_LEAKED_DATA_FOLLOW_UP, Course.LEAKED_DATA_FOLLOW_UP);
    COURSES.put("Gateway_ContainmentActionsDone", Course.BY_HAND);
    COURSES.put(BreachResponseProcess.GATEWAY_READY_TO_CLOSE, Course.NOTIFIED);
    COURSES.put("Gateway_SubstituteNoticeDone", Course.SUBSTITUTE_NOTICE);
  }

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ProcessEngine ENGINE = TestEngine.get();
  private String previousDeployment;
  private String currentDeployment;
  private ProcessDefinition previous;
  private ProcessDefinition current;
  private BpmnModelInstance currentModel;

  private InMemoryIncidentService incidents;
  private ResponseDriver driver;
  private final List<String> errors = new ArrayList<>();

  /** The class path resource of the model of version 2 the incidents are upgraded to. */
  abstract String newModel();

  /** The answers that bring an incident of version 1 to the wait state (and on to its end after the upgrade). */
  Course courseTo(String waitState) {
    return COURSES.getOrDefault(waitState, Course.PLAIN);
  }

  @BeforeAll
  void deployPreviousThenNewModel() {
    previousDeployment = withFormsAndDecisions(ENGINE.getRepositoryService().createDeployment()
        .name("breach-response model version 1")
        .addClasspathResource(PREVIOUS_MODEL)).deploy().getId();
    currentDeployment = withFormsAndDecisions(ENGINE.getRepositoryService().createDeployment()
        .name("breach-response model version 2")
        .addClasspathResource(newModel())).deploy().getId();
    previous = definitionOf(previousDeployment);
    current = definitionOf(currentDeployment);
    currentModel = ENGINE.getRepositoryService().getBpmnModelInstance(current.getId());
  }

  @AfterAll
  void undeploy() {
    ENGINE.getRepositoryService().deleteDeployment(currentDeployment, true);
    ENGINE.getRepositoryService().deleteDeployment(previousDeployment, true);
  }

  @BeforeEach
  void wire() {
    errors.clear();
    incidents = new InMemoryIncidentService();
    InMemoryRiskAssessmentService assessments = new InMemoryRiskAssessmentService(incidents);
    IdentifyAndAnalyseWiring.register(incidents, assessments);
    NotificationWiring notification = NotificationWiring.register(incidents, assessments, smtp.getSmtp().getPort());
    RecoveryAndReviewWiring.register(incidents, notification.records);
    init(ENGINE);
    driver = new ResponseDriver(ENGINE, incidents);
    driver.beforeEachStep(this::recordPhasesAsThePreviousReleaseDid);
    NoticeStaff.add(ENGINE.getIdentityService());
  }

  /**
   * What the previous release left on an incident of version 1: its code set the incident's phase as the
   * incident moved on, and migration V6 turned that phase into running phases. This release's code sets no phase
   * on version 1 (it has no phase subprocesses, whose listener now does it), so while an incident runs on version
   * 1 the test stands in for that: the incident is in the phases of the version 2 model that hold the activities
   * it waits in.
   */
  private void recordPhasesAsThePreviousReleaseDid(ProcessInstance instance) {
    ProcessInstance now = ENGINE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult();
    if (now == null || !now.getProcessDefinitionId().equals(previous.getId()) || now.getBusinessKey() == null) {
      return;
    }
    IncidentReference reference = IncidentReference.of(now.getBusinessKey());
    Set<Phase> where = EnumSet.noneOf(Phase.class);
    for (String activity : ENGINE.getRuntimeService().getActiveActivityIds(now.getId())) {
      phaseHolding(activity).ifPresent(where::add);
    }
    Incident incident = incidents.get(reference);
    where.stream().filter(phase -> !incident.isActive(phase)).forEach(phase -> incidents.phaseStarted(reference, phase));
    incident.activePhases().stream().filter(phase -> !where.contains(phase))
        .forEach(phase -> incidents.phaseEnded(reference, phase));
  }

  /** The phase subprocess of the version 2 model that holds the activity, if any. */
  private Optional<Phase> phaseHolding(String activityId) {
    for (ModelElementInstance element = currentModel.getModelElementById(activityId); element != null;
        element = element.getParentElement()) {
      if (element instanceof SubProcess subProcess) {
        Optional<Phase> phase = Phase.ofActivity(subProcess.getId());
        if (phase.isPresent()) {
          return phase;
        }
      }
    }
    return Optional.empty();
  }

  @AfterEach
  void reset() {
    // An incident a failed test left behind would count in the next test's upgrade.
    for (ProcessInstance left : ENGINE.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(BreachResponseProcess.KEY).list()) {
      ENGINE.getRuntimeService().deleteProcessInstance(left.getId(), "test over", true, true);
    }
    Mocks.reset();
    IdentityService identity = ENGINE.getIdentityService();
    identity.clearAuthentication();
    NoticeStaff.remove(identity);
  }

  @Test
  void theNewModelIsTheNextModelVersion() {
    assertThat(ModelVersion.of(previous)).isEqualTo("1");
    assertThat(ModelVersion.of(current)).isEqualTo("2");
    assertThat(current.getVersion()).isGreaterThan(previous.getVersion());
  }

  @ParameterizedTest(name = "an incident waiting at {0}")
  @MethodSource("waitStatesOfThePreviousModel")
  void anIncidentWaitingInThePreviousModelFollowsTheNewOneToItsEnd(String waitState) {
    Course course = courseTo(waitState);
    ContainmentWiring.register(incidents, course.directory()
        ? new InMemoryDirectory().withMachines("ws-01").withAccounts("jdoe") : null);
    ProcessInstance incident = driver.report(previous.getId(), course);
    driver.advanceTo(incident, waitState, course);
    Map<String, String> claims = claimEveryOpenTask(incident);

    RunningIncidentsUpgrade.UpgradeOutcome outcome =
        new RunningIncidentsUpgrade(ENGINE, RunningIncidentsUpgrade.steps()).run();

    assertThat(outcome.moved()).isEqualTo(1);
    assertThat(outcome.stayed()).isZero();
    ProcessInstance upgraded = ENGINE.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(incident.getId()).singleResult();
    assertThat(upgraded).as("the incident is neither ended nor lost by the upgrade").isNotNull();
    assertThat(upgraded.getProcessDefinitionId()).isEqualTo(current.getId());
    assertThat(upgraded.getBusinessKey()).isEqualTo(incident.getBusinessKey());
    assertThat(driver.isWaitingAt(incident, waitState)).as("still waiting at %s", waitState).isTrue();
    assertPhasesAroundEveryActiveActivity(incident);
    for (Map.Entry<String, String> claim : claims.entrySet()) {
      Task task = ENGINE.getTaskService().createTaskQuery().taskId(claim.getKey()).singleResult();
      if (task != null) {
        assertThat(task.getAssignee()).as("the claim of %s", task.getTaskDefinitionKey()).isEqualTo(claim.getValue());
        assertThat(task.getProcessDefinitionId()).isEqualTo(current.getId());
      }
    }
    assertThat(new RunningIncidentsUpgrade(ENGINE, RunningIncidentsUpgrade.steps()).run())
        .as("a second start finds nothing to upgrade").isEqualTo(new RunningIncidentsUpgrade.UpgradeOutcome(0, 0));

    driver.finish(incident, course);

    assertThat(ENGINE.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(BreachResponseProcess.END_EVENT_INCIDENT_CLOSED).finished().count()).isEqualTo(1);
    assertThat(ENGINE.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(incident.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(current.getId());
  }

  @Test
  void anIncidentOnAModelVersionWithoutAStepStaysWhereItIsWithAnError() {
    ProcessInstance incident = waitingToBeConfirmed();

    RunningIncidentsUpgrade.UpgradeOutcome outcome = upgradeWith(List.of());

    assertThat(outcome).isEqualTo(new RunningIncidentsUpgrade.UpgradeOutcome(0, 1));
    assertThat(definitionOf(incident)).isEqualTo(previous.getId());
    assertThat(errors).anySatisfy(error -> assertThat(error).contains("No upgrade step from model version 1")
        .contains(previous.getId()));
    ENGINE.getRuntimeService().deleteProcessInstance(incident.getId(), "test over");
  }

  @Test
  void aPlanTheDeployedModelsRefuseMovesNothingAndNamesTheActivity() {
    ProcessInstance incident = waitingToBeConfirmed();

    RunningIncidentsUpgrade.UpgradeOutcome outcome = upgradeWith(List.of(new TestStep(ModelVersion.FIRST, "2",
        (runtime, source, target) -> runtime.createMigrationPlan(source, target)
            .mapActivities(BreachResponseProcess.TASK_CONFIRM_BREACH, "Task_NotInTheModel").build())));

    assertThat(outcome).isEqualTo(new RunningIncidentsUpgrade.UpgradeOutcome(0, 1));
    assertThat(definitionOf(incident)).isEqualTo(previous.getId());
    assertThat(errors).anySatisfy(error -> assertThat(error).contains("does not fit the deployed models")
        .contains("Task_ConfirmBreach -> Task_NotInTheModel"));
    ENGINE.getRuntimeService().deleteProcessInstance(incident.getId(), "test over");
  }

  @Test
  void anIncidentThePlanDoesNotCoverStaysWholeAndIsNamed() {
    ProcessInstance incident = waitingToBeConfirmed();
    Task confirm = ENGINE.getTaskService().createTaskQuery().processInstanceId(incident.getId()).singleResult();

    RunningIncidentsUpgrade.UpgradeOutcome outcome = upgradeWith(List.of(new TestStep(ModelVersion.FIRST, "2",
        (runtime, source, target) -> runtime.createMigrationPlan(source, target)
            .mapActivities(BreachResponseProcess.TASK_CLOSE_INCIDENT, BreachResponseProcess.TASK_CLOSE_INCIDENT)
            .build())));

    assertThat(outcome).isEqualTo(new RunningIncidentsUpgrade.UpgradeOutcome(0, 1));
    assertThat(definitionOf(incident)).isEqualTo(previous.getId());
    assertThat(ENGINE.getTaskService().createTaskQuery().taskId(confirm.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(previous.getId());
    assertThat(errors).anySatisfy(error -> assertThat(error).contains(incident.getBusinessKey())
        .contains(incident.getId()).contains("activity Task_ConfirmBreach"));
    ENGINE.getRuntimeService().deleteProcessInstance(incident.getId(), "test over");
  }

  @Test
  void aRedeploymentOfTheSameModelVersionMapsEqualActivities() {
    ContainmentWiring.register(incidents, new InMemoryDirectory().withMachines("ws-01").withAccounts("jdoe"));
    ProcessInstance incident = driver.report(current.getId(), Course.PLAIN);
    driver.advanceTo(incident, BreachResponseProcess.TASK_ASSESS_RISK, Course.PLAIN);
    String redeployment = withFormsAndDecisions(ENGINE.getRepositoryService().createDeployment()
        .name("breach-response model version 2, again").addClasspathResource(newModel())).deploy().getId();
    try {
      ProcessDefinition again = definitionOf(redeployment);

      assertThat(upgradeWith(RunningIncidentsUpgrade.steps()))
          .isEqualTo(new RunningIncidentsUpgrade.UpgradeOutcome(1, 0));
      assertThat(definitionOf(incident)).isEqualTo(again.getId());
      assertThat(driver.isWaitingAt(incident, BreachResponseProcess.TASK_ASSESS_RISK)).isTrue();
      driver.finish(incident, Course.PLAIN);
    } finally {
      ENGINE.getRepositoryService().deleteDeployment(redeployment, true);
    }
  }

  @Test
  void stepsChainWhenAnIncidentIsTwoVersionsBehind() throws java.io.IOException {
    ContainmentWiring.register(incidents, new InMemoryDirectory().withMachines("ws-01").withAccounts("jdoe"));
    ProcessInstance incident = driver.report(previous.getId(), Course.PLAIN);
    driver.advanceTo(incident, BreachResponseProcess.TASK_ASSESS_RISK, Course.PLAIN);
    String three;
    try (InputStream model = getClass().getClassLoader().getResourceAsStream(newModel())) {
      three = new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .replace("camunda:versionTag=\"2\"", "camunda:versionTag=\"3\"");
    }
    String versionThree = withFormsAndDecisions(ENGINE.getRepositoryService().createDeployment()
        .name("breach-response model version 3").addString("breach-response.bpmn", three)).deploy().getId();
    try {
      ProcessDefinition latest = definitionOf(versionThree);
      ModelUpgradeStep twoToThree = new TestStep("2", "3", (runtime, source, target) ->
          runtime.createMigrationPlan(source, target).mapEqualActivities().build());

      assertThat(upgradeWith(List.of(new FlatModelToPhasesStep(), twoToThree)))
          .isEqualTo(new RunningIncidentsUpgrade.UpgradeOutcome(1, 0));
      assertThat(definitionOf(incident)).isEqualTo(latest.getId());
      assertThat(driver.isWaitingAt(incident, BreachResponseProcess.TASK_ASSESS_RISK)).isTrue();
      driver.finish(incident, Course.PLAIN);
    } finally {
      ENGINE.getRepositoryService().deleteDeployment(versionThree, true);
    }
  }

  private ProcessInstance waitingToBeConfirmed() {
    ContainmentWiring.register(incidents, null);
    return driver.report(previous.getId(), Course.PLAIN);
  }

  private RunningIncidentsUpgrade.UpgradeOutcome upgradeWith(List<ModelUpgradeStep> steps) {
    Logger log = Logger.getLogger(RunningIncidentsUpgrade.class.getName());
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord entry) {
        if (entry.getLevel() == Level.SEVERE) {
          errors.add(entry.getMessage());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    log.addHandler(capture);
    try {
      return new RunningIncidentsUpgrade(ENGINE, steps).run();
    } finally {
      log.removeHandler(capture);
    }
  }

  private static String definitionOf(ProcessInstance incident) {
    return ENGINE.getRuntimeService().createProcessInstanceQuery().processInstanceId(incident.getId()).singleResult()
        .getProcessDefinitionId();
  }

  /** A step made up by a test, to see how the upgrade treats a plan. */
  private record TestStep(String from, String to, Planner planner) implements ModelUpgradeStep {

    @Override
    public MigrationPlan plan(RuntimeService runtime, String sourceDefinitionId, String targetDefinitionId) {
      return planner.plan(runtime, sourceDefinitionId, targetDefinitionId);
    }
  }

  private interface Planner {
    MigrationPlan plan(RuntimeService runtime, String sourceDefinitionId, String targetDefinitionId);
  }

  /**
   * Every user task, timer, asynchronous job and joining parallel gateway of the previous model: the places an
   * incident can wait in.
   */
  static Stream<String> waitStatesOfThePreviousModel() {
    try (InputStream model = UpgradeFromModelVersionOne.class.getClassLoader().getResourceAsStream(PREVIOUS_MODEL)) {
      BpmnModelInstance bpmn = Bpmn.readModelFromStream(model);
      Stream<String> userTasks = bpmn.getModelElementsByType(UserTask.class).stream().map(UserTask::getId);
      Stream<String> timers = bpmn.getModelElementsByType(TimerEventDefinition.class).stream()
          .map(timer -> ((FlowNode) timer.getParentElement()).getId());
      Stream<String> jobs = bpmn.getModelElementsByType(FlowNode.class).stream()
          .filter(node -> node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()).map(FlowNode::getId);
      Stream<String> joins = bpmn.getModelElementsByType(ParallelGateway.class).stream()
          .filter(gateway -> bpmn.getModelElementsByType(SequenceFlow.class).stream()
              .filter(flow -> flow.getTarget() == gateway).count() > 1)
          .map(ParallelGateway::getId);
      return Stream.of(userTasks, timers, jobs, joins).flatMap(s -> s).distinct().sorted().toList().stream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What shows that the start listener of a phase the upgrade created ran; nothing by default. */
  void assertPhaseEntered(ProcessInstance incident, String phaseId) {
  }

  /** Each active activity sits in the phases the new model puts it in, and each phase's start listener ran. */
  private void assertPhasesAroundEveryActiveActivity(ProcessInstance incident) {
    List<String> tree = new ArrayList<>();
    collect(ENGINE.getRuntimeService().getActivityInstance(incident.getId()), tree);
    for (String active : ENGINE.getRuntimeService().getActiveActivityIds(incident.getId())) {
      for (ModelElementInstance scope = currentModel.getModelElementById(active).getParentElement();
          scope instanceof SubProcess phase; scope = scope.getParentElement()) {
        if (phase.getId().startsWith("Phase_")) {
          assertThat(tree).as("%s waits inside %s", active, phase.getId()).contains(phase.getId());
          assertPhaseEntered(incident, phase.getId());
        }
      }
    }
  }

  private static void collect(ActivityInstance instance, List<String> activityIds) {
    activityIds.add(instance.getActivityId());
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, activityIds);
    }
  }

  private Map<String, String> claimEveryOpenTask(ProcessInstance incident) {
    Map<String, String> claims = new HashMap<>();
    for (Task task : ENGINE.getTaskService().createTaskQuery().processInstanceId(incident.getId()).list()) {
      String keeper = "keeper-" + task.getTaskDefinitionKey();
      ENGINE.getTaskService().claim(task.getId(), keeper);
      claims.put(task.getId(), keeper);
    }
    return claims;
  }

  /** Beside a model of this test's own, the decisions and forms the server deploys (processes.xml). */
  private static DeploymentBuilder withFormsAndDecisions(DeploymentBuilder deployment) {
    ProcessesXml.decisionsAndForms().forEach(deployment::addClasspathResource);
    return deployment;
  }

  private ProcessDefinition definitionOf(String deploymentId) {
    RepositoryService repository = ENGINE.getRepositoryService();
    return repository.createProcessDefinitionQuery().deploymentId(deploymentId)
        .processDefinitionKey(BreachResponseProcess.KEY).singleResult();
  }

}
