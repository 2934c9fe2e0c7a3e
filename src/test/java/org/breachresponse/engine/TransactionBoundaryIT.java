package org.breachresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Map;
import org.breachresponse.Deployments;
import org.breachresponse.incident.IncidentService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine and our JPA entities share WildFly's JTA transaction: when a step fails after saving, the
 * saved row and the engine's progress are rolled back together. (Runs inside the server.)
 */
@ExtendWith(ArquillianExtension.class)
class TransactionBoundaryIT {

  private static final String PROBE = "transactionProbe";

  @Deployment
  static WebArchive application() {
    return Deployments.application()
        .addClasses(Deployments.class, TransactionBoundaryIT.class, SaveThenFailDelegate.class);
  }

  @Inject
  private RepositoryService repositoryService;

  @Inject
  private RuntimeService runtimeService;

  @Inject
  private TaskService taskService;

  @Inject
  private HistoryService historyService;

  @Inject
  private IncidentService incidentService;

  @BeforeEach
  void deployProbe() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(2192)
          .startEvent()
          .userTask("Task_Wait").name("Wait")
          .serviceTask("Task_SaveThenFail").name("Save then fail").camundaDelegateExpression("${saveThenFailDelegate}")
          .endEvent()
          .done();
      repositoryService.createDeployment().name(PROBE).addModelInstance("transaction-probe.bpmn", model).deploy();
    }
  }

  @Test
  void failingStepLeavesNeitherItsEntityNorProcessProgress() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROBE, Map.of("fail", true));
    Task waiting = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    long incidentsBefore = incidentService.count(null);

    RuntimeException failure = assertThrows(RuntimeException.class, () -> taskService.complete(waiting.getId()));

    assertTrue(failure.getMessage().contains("fails after saving"), failure.getMessage());
    assertEquals(incidentsBefore, incidentService.count(null), "the incident saved by the failing step was rolled back");
    Task stillWaiting = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertNotNull(stillWaiting, "the completed task came back");
    assertEquals(waiting.getId(), stillWaiting.getId());
    assertNull(historyService.createHistoricTaskInstanceQuery().taskId(waiting.getId()).singleResult().getEndTime(),
        "the task's history does not show it completed");
    assertEquals(0, historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_SaveThenFail").count(), "the failing step left no trace in history");
  }

  @Test
  void succeedingStepCommitsItsEntityWithTheProcessProgress() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROBE, Map.of("fail", false));
    Task waiting = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    long incidentsBefore = incidentService.count(null);

    taskService.complete(waiting.getId());

    assertEquals(incidentsBefore + 1, incidentService.count(null));
    assertEquals(0, runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count());
  }
}
