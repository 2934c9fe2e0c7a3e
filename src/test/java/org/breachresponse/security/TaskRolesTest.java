package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.breachresponse.engine.EngineConfiguration;
import org.breachresponse.process.BreachResponseProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Task rights by role (docs/adr/0015-task-rights-by-role.md) in an engine with authorization on: no authorization
 * row per task, yet each role reads, lists and works only the tasks whose candidate group it is (or that it is
 * assigned), the compliance auditor reads every task and works none, the administrator works any, and the front
 * desk has none. The same cells through the server are the authorization walk's and TaskOwnershipIT's.
 */
class TaskRolesTest {

  private static ProcessEngine engine;
  private String incident;
  private String itTask;
  private String privacyTask;

  @BeforeAll
  static void engineWithTaskRoles() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:breach-response-task-roles;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("task-roles");
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    EngineConfiguration.applyRules(configuration);
    TaskRoles.applyTo(configuration);
    engine = configuration.buildProcessEngine();
    RoleAuthorizations.grant(engine);
    engine.getRepositoryService().createDeployment().addModelInstance("roles.bpmn",
        Bpmn.createExecutableProcess(BreachResponseProcess.KEY).camundaHistoryTimeToLive(2192)
            .startEvent().parallelGateway("Fork")
            .userTask("Task_It").camundaCandidateGroups(Roles.IT_RESPONDER).endEvent("EndIt")
            .moveToNode("Fork").userTask("Task_Privacy").camundaCandidateGroups(Roles.PRIVACY_OFFICER)
            .endEvent("EndPrivacy")
            .done()).deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @BeforeEach
  void incidentWithTasksOfTwoRoles() {
    incident = "BR-" + System.nanoTime();
    engine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, incident, Map.of("step", "x"));
    itTask = taskOf("Task_It").getId();
    privacyTask = taskOf("Task_Privacy").getId();
  }

  @Test
  void noAuthorizationRowPerTask() {
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(itTask).count()).isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(privacyTask).count()).isZero();
  }

  @Test
  void eachRoleListsOnlyItsOwnTasks() {
    assertThat(as(Roles.PRIVACY_OFFICER, () -> ids(tasks().createTaskQuery().processInstanceBusinessKey(incident)
        .list()))).containsExactly(privacyTask);
    assertThat(as(Roles.IT_RESPONDER, () -> ids(tasks().createTaskQuery().processInstanceBusinessKey(incident)
        .list()))).containsExactly(itTask);
    assertThat(as(Roles.PRIVACY_OFFICER, () -> tasks().createTaskQuery().processInstanceBusinessKey(incident)
        .taskCandidateGroup(Roles.IT_RESPONDER).count())).isZero();
    assertThat(as(Roles.PRIVACY_OFFICER, () -> tasks().createTaskQuery().taskId(itTask).singleResult())).isNull();
    assertThat(as(Roles.FRONT_DESK, () -> tasks().createTaskQuery().processInstanceBusinessKey(incident).count()))
        .isZero();
    assertThat(as(Roles.COMPLIANCE_AUDITOR, () -> ids(tasks().createTaskQuery().processInstanceBusinessKey(incident)
        .list()))).containsExactlyInAnyOrder(itTask, privacyTask);
    assertThat(as(Roles.ADMIN, () -> ids(tasks().createTaskQuery().processInstanceBusinessKey(incident).list())))
        .containsExactlyInAnyOrder(itTask, privacyTask);
  }

  @Test
  void anotherRoleCannotReadOrWorkATaskByItsId() {
    for (String outsider : List.of(Roles.PRIVACY_OFFICER, Roles.PRACTICE_OWNER, Roles.FRONT_DESK)) {
      refused(outsider, () -> tasks().getVariables(itTask));
      refused(outsider, () -> tasks().getIdentityLinksForTask(itTask));
      refused(outsider, () -> tasks().claim(itTask, outsider));
      refused(outsider, () -> tasks().setVariable(itTask, "triageReason", "guessed id"));
      refused(outsider, () -> tasks().addCandidateGroup(itTask, outsider));
      refused(outsider, () -> tasks().complete(itTask));
    }
    assertThat(tasks().createTaskQuery().taskId(itTask).singleResult().getAssignee()).isNull();
  }

  @Test
  void theAuditorReadsEveryTaskAndWorksNone() {
    assertThat(as(Roles.COMPLIANCE_AUDITOR, () -> tasks().getVariables(itTask))).containsKey("step");
    assertThat(as(Roles.COMPLIANCE_AUDITOR, () -> tasks().getIdentityLinksForTask(privacyTask))).hasSize(1);
    refused(Roles.COMPLIANCE_AUDITOR, () -> tasks().claim(itTask, "auditor"));
    refused(Roles.COMPLIANCE_AUDITOR, () -> tasks().complete(privacyTask));
  }

  @Test
  void theRoleWorksItsOwnTaskAndTheAdministratorAny() {
    as(Roles.IT_RESPONDER, () -> {
      tasks().claim(itTask, Roles.IT_RESPONDER);
      tasks().setVariable(itTask, "triageReason", "EDR alert");
      tasks().complete(itTask);
      return null;
    });
    as(Roles.ADMIN, () -> {
      tasks().complete(privacyTask);
      return null;
    });
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(incident).count())
        .isZero();
  }

  @Test
  void aTaskAssignedToSomeoneOfAnotherRoleIsTheirsToo() {
    as(Roles.ADMIN, () -> {
      tasks().setAssignee(itTask, Roles.PRIVACY_OFFICER);
      return null;
    });
    assertThat(as(Roles.PRIVACY_OFFICER, () -> ids(tasks().createTaskQuery().processInstanceBusinessKey(incident)
        .list()))).containsExactlyInAnyOrder(itTask, privacyTask);
    as(Roles.PRIVACY_OFFICER, () -> {
      tasks().complete(itTask);
      return null;
    });
    refused(Roles.PRACTICE_OWNER, () -> tasks().complete(privacyTask));
  }

  @Test
  void theGroupFilterCountsTheRolesTasksAndStaysAsStored() {
    Filter filter = engine.getFilterService().createFilterQuery().filterName("My group's tasks").singleResult();
    long before = as(Roles.PRIVACY_OFFICER, () -> engine.getFilterService().count(filter.getId()));
    assertThat(as(Roles.PRIVACY_OFFICER, () -> ids(engine.getFilterService().list(filter.getId()))))
        .contains(privacyTask).doesNotContain(itTask);
    assertThat(as(Roles.PRIVACY_OFFICER, () -> engine.getFilterService().count(filter.getId()))).isEqualTo(before);
    Filter stored = engine.getFilterService().getFilter(filter.getId());
    assertThat(((TaskQueryImpl) stored.getQuery()).getQueries()).as("no condition of ours saved").hasSize(1);
  }

  private Task taskOf(String activity) {
    return tasks().createTaskQuery().processInstanceBusinessKey(incident).taskDefinitionKey(activity).singleResult();
  }

  private static TaskService tasks() {
    return engine.getTaskService();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private static <T> T as(String role, java.util.function.Supplier<T> call) {
    engine.getIdentityService().setAuthentication(role, List.of(role));
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static void refused(String role, Executable call) {
    engine.getIdentityService().setAuthentication(role, List.of(role));
    try {
      assertThatThrownBy(call::execute).as("%s", role).isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
