package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.process.BreachResponseProcess.TASK_ALERT_RESPONDERS;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.alerting.AlertingWiring;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.process.BreachResponseProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
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
 * The first hours, on the engine's clock (issue 17): each early step's task is due at its response-time target from
 * the moment it starts, and a report alerts the IT responders by e-mail as a job of its own, once, retried with
 * growing pauses until it becomes an incident.
 */
@ExtendWith(ProcessesXmlDeployment.class)
class ResponseAlertsProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Instant REPORTED = Instant.parse("2026-12-04T23:10:00Z"); // a Friday evening in the US

  private InMemoryIncidentService incidents;

  @BeforeEach
  void wire() {
    incidents = new InMemoryIncidentService();
    InMemoryRiskAssessmentService assessments = new InMemoryRiskAssessmentService(incidents);
    IdentifyAndAnalyseWiring.register(incidents, assessments);
    ContainmentWiring.register(incidents, new InMemoryDirectory());
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(REPORTED));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("responder").count() > 0) {
      identity.deleteUser("responder");
      identity.deleteGroup("it-responder");
    }
    if (identity.createUserQuery().userId("owner").count() > 0) {
      identity.deleteUser("owner");
      identity.deleteGroup("practice-owner");
    }
  }

  @Test
  void eachEarlyStepIsDueAtItsTargetFromTheMomentItStartsAroundTheClock() {
    ProcessInstance instance = report();
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(REPORTED.plus(Duration.ofHours(1))));

    Instant confirmed = REPORTED.plus(Duration.ofMinutes(12));
    ClockUtil.setCurrentTime(Date.from(confirmed));
    as("it-responder");
    complete(task(instance), withVariables("triageDecision", "CONFIRMED", "triageReason", "Ransom note, files encrypted"));
    assertThat(task(TASK_SCOPE_BREACH, instance).getDueDate()).isEqualTo(Date.from(confirmed.plus(Duration.ofHours(4))));

    Instant scoped = confirmed.plus(Duration.ofMinutes(50));
    ClockUtil.setCurrentTime(Date.from(scoped));
    Map<String, Object> scope = new HashMap<>();
    scope.put("affectedMachines", "fd-pc-01");
    scope.put("compromisedAccounts", "");
    scope.put("affectedIndividualsByState", "TX 3");
    scope.put("dataNames", true);
    scope.put("howItHappened", "Phishing e-mail");
    scope.put("dataEncryptedKeySafe", false);
    complete(task(TASK_SCOPE_BREACH, instance), scope);
    assertThat(task(TASK_APPROVE_CONTAINMENT, instance).getDueDate())
        .isEqualTo(Date.from(scoped.plus(Duration.ofHours(1))));
  }

  @Test
  void everyStepWithATargetHasItsDueDateInTheModel() {
    var model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(BreachResponseProcess.KEY).latestVersion().singleResult()
        .getId());
    for (var step : org.breachresponse.alerting.ResponseStep.values()) {
      org.camunda.bpm.model.bpmn.instance.UserTask task = model.getModelElementById(step.taskId());
      assertThat(task.getName()).as(step.name()).isEqualTo(step.label());
      assertThat(task.getCamundaDueDate()).as(step.name()).isEqualTo("${responseTargets.dueAt(execution)}");
    }
  }

  @Test
  void aReportAlertsTheItRespondersByEmailOnceWithoutTheFreeText() throws Exception {
    AlertingWiring alerting = AlertingWiring.register(incidents, smtp.getSmtp().getPort());
    responder("responder@practice.test");
    ProcessInstance instance = report();

    Job job = alertJob(instance);
    engine.getManagementService().executeJob(job.getId());

    MimeMessage[] mail = smtp.getReceivedMessages();
    assertThat(mail).hasSize(1);
    assertThat(mail[0].getAllRecipients()[0].toString()).isEqualTo("responder@practice.test");
    assertThat(mail[0].getSubject()).isEqualTo("Suspected breach " + instance.getBusinessKey()
        + " at the practice: Confirm the breach by " + REPORTED.plus(Duration.ofHours(1)));
    String body = GreenMailUtil.getBody(mail[0]);
    assertThat(body).contains("Unusual network activity, Strange messages to users")
        .contains("/camunda/app/tasklist/default/#/?task=" + task(instance).getId())
        .doesNotContain("ransom note");
    assertThat(engine.getRuntimeService().createExecutionQuery().activityId(TASK_ALERT_RESPONDERS).count()).isZero();

    // The same alert again (a retry after a rollback, another node): nothing goes out twice.
    assertThat(alerting.ledger.claim(new org.breachresponse.alerting.AlertLedger.Key(instance.getBusinessKey(),
        org.breachresponse.alerting.ResponseStep.CONFIRM_BREACH, org.breachresponse.alerting.AlertAction.RAISED,
        "email"))).isFalse();
  }

  @Test
  void anAlertThatCannotBeDeliveredIsRetriedWithGrowingPausesThenBecomesAnIncident() {
    AlertingWiring.register(incidents, 9); // nothing listens on the discard port
    responder("responder@practice.test");
    ProcessInstance instance = report();
    ManagementService management = engine.getManagementService();

    List<Duration> pauses = new ArrayList<>();
    for (int attempt = 0; attempt < 6; attempt++) {
      Job job = alertJob(instance);
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("mail server");
      Job after = alertJob(instance);
      if (after.getRetries() > 0) {
        pauses.add(Duration.between(ClockUtil.getCurrentTime().toInstant(), after.getDuedate().toInstant()));
        ClockUtil.setCurrentTime(after.getDuedate());
      }
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
        Duration.ofMinutes(15), Duration.ofHours(1));
    assertThat(alertJob(instance).getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
        .activityId(TASK_ALERT_RESPONDERS).singleResult().getIncidentMessage()).contains("mail server");
    // The response goes on: the task is there, due at its target.
    assertThat(task(TASK_CONFIRM_BREACH, instance)).isNotNull();
  }

  @Test
  void aStepPastItsTargetAlertsItsGroupAndTheOwnerOnceAndGivesTheOwnerATaskWhileTheStepStaysOpen() throws Exception {
    AlertingWiring alerting = AlertingWiring.register(incidents, smtp.getSmtp().getPort());
    responder("responder@practice.test");
    owner();
    ProcessInstance instance = report();
    ManagementService management = engine.getManagementService();
    management.executeJob(alertJob(instance).getId());

    Job timer = management.createJobQuery().processInstanceId(instance.getId())
        .activityId(BreachResponseProcess.TIMER_CONFIRM_BREACH_TARGET).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(task(instance).getDueDate());
    ClockUtil.setCurrentTime(Date.from(REPORTED.plus(Duration.ofMinutes(61))));
    management.executeJob(timer.getId());
    assertThat(task(BreachResponseProcess.TASK_HANDLE_OVERDUE_RESPONSE, instance))
        .as("the owner's task does not wait for the alerts to be delivered").isNotNull();

    Job late = management.createJobQuery().processInstanceId(instance.getId())
        .activityId(BreachResponseProcess.TASK_ALERT_LATE_STEP).singleResult();
    management.executeJob(late.getId());
    MimeMessage lateMail = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Target missed")).findFirst().orElseThrow();
    assertThat(lateMail.getSubject()).isEqualTo("Target missed: Confirm the breach of breach " + instance.getBusinessKey()
        + " at the practice was due " + REPORTED.plus(Duration.ofHours(1)) + " (nobody has claimed it)");
    assertThat(java.util.Arrays.stream(lateMail.getAllRecipients()).map(Object::toString))
        .containsExactlyInAnyOrder("responder@practice.test", "owner@practice.test");

    // The step stays open with its group; the owner has a task naming it.
    assertThat(task(TASK_CONFIRM_BREACH, instance)).isNotNull();
    org.camunda.bpm.engine.task.Task overdue = task(BreachResponseProcess.TASK_HANDLE_OVERDUE_RESPONSE, instance);
    assertThat(overdue.getName()).isEqualTo("Overdue response step: Confirm the breach (" + instance.getBusinessKey() + ")");
    assertThat(engine.getTaskService().getIdentityLinksForTask(overdue.getId()))
        .extracting(link -> link.getGroupId()).contains("practice-owner");
    assertThat((String) engine.getTaskService().getVariableLocal(overdue.getId(), "lateStepSummary"))
        .isEqualTo("Confirm the breach was due " + REPORTED.plus(Duration.ofHours(1))
            + "; nobody has claimed it. The task stays open until it is done.");

    // No second page for the same step, whatever runs again.
    assertThat(alerting.ledger.claim(new org.breachresponse.alerting.AlertLedger.Key(instance.getBusinessKey(),
        org.breachresponse.alerting.ResponseStep.CONFIRM_BREACH, org.breachresponse.alerting.AlertAction.LATE,
        "email"))).isFalse();

    as("owner");
    complete(overdue, withVariables("ownerAction", "Called the on-call responder; she is on it now"));
    assertThat(alerting.audit.entries()).anyMatch(entry -> entry.contains("OVERDUE_RESPONSE_HANDLED")
        && entry.contains("Confirm the breach: Called the on-call responder"));
    assertThat(alerting.audit.entries()).anyMatch(entry -> entry.contains("ALERT_SENT")
        && entry.contains("passed its target"));
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("ownerAction");
  }

  @Test
  void aStepDoneInTimeLeavesNoTimerBehind() {
    ProcessInstance instance = report();
    as("it-responder");
    complete(task(instance), withVariables("triageDecision", "FALSE_ALARM", "triageReason", "A Windows update"));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(BreachResponseProcess.TIMER_CONFIRM_BREACH_TARGET).count()).isZero();
  }

  private void owner() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId("practice-owner").count() == 0) {
      identity.saveGroup(identity.newGroup("practice-owner"));
    }
    User user = identity.newUser("owner");
    user.setEmail("owner@practice.test");
    identity.saveUser(user);
    identity.createMembership("owner", "practice-owner");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Job alertJob(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(TASK_ALERT_RESPONDERS).singleResult();
  }

  private void responder(String email) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId("it-responder").count() == 0) {
      identity.saveGroup(identity.newGroup("it-responder"));
    }
    User user = identity.newUser("responder");
    user.setEmail(email);
    identity.saveUser(user);
    identity.createMembership("responder", "it-responder");
  }

  private ProcessInstance report() {
    as("front-desk");
    Map<String, Object> form = new HashMap<>();
    form.put("reportedBy", "Maria, reception");
    form.put("discoveryDate", LocalDate.of(2026, 12, 4).toString());
    form.put("signUnusualNetworkActivity", true);
    form.put("signStrangeMessagesToUsers", true);
    form.put("description", "A ransom note on the reception PC");
    return engine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, form);
  }

  private void as(String userId) {
    engine.getIdentityService().setAuthenticatedUserId(userId);
  }
}
