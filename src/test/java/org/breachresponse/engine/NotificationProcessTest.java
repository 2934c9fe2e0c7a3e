package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.process.BreachResponseProcess.GATEWAY_NOTIFICATIONS_SETTLED;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_TOLL_FREE_LINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_DERIVE_OBLIGATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_END_WEB_POSTING;
import static org.breachresponse.process.BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION;
import static org.breachresponse.process.BreachResponseProcess.TASK_PLAN_NOTIFICATIONS;
import static org.breachresponse.process.BreachResponseProcess.TASK_SEND_NOTICE;
import static org.breachresponse.process.BreachResponseProcess.TASK_START_SUBSTITUTE_NOTICE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.notification.NotificationWiring;
import org.breachresponse.notification.notice.LawEnforcementDelays;
import org.breachresponse.notification.obligation.LawEnforcementDelay;
import org.breachresponse.notification.obligation.LawEnforcementDelayRequest;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.breachresponse.process.IncidentReference;

/**
 * Notification, driven through the engine with its clock: the rules' notices become one task each with the
 * legal deadline as due date; reminders and the overdue escalation e-mail go through a real SMTP server
 * (GreenMail); a law-enforcement delay renews the deadline; substitute notice keeps its 90 days.
 */
@ExtendWith(ProcessesXmlDeployment.class)
class NotificationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngine.get())
      .build();

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private InMemoryIncidentService incidents;
  private InMemoryRiskAssessmentService assessments;
  private NotificationWiring notification;

  @BeforeEach
  void wire() {
    incidents = new InMemoryIncidentService();
    assessments = new InMemoryRiskAssessmentService(incidents);
    IdentifyAndAnalyseWiring.register(incidents, assessments);
    org.breachresponse.containment.ContainmentWiring.register(incidents, null);
    notification = NotificationWiring.register(incidents, assessments, smtp.getSmtp().getPort());
    init(engine.getProcessEngine());
    NoticeStaff.add(engine.getIdentityService());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    IdentityService identity = engine.getIdentityService();
    identity.clearAuthentication();
    NoticeStaff.remove(identity);
  }

  @Test
  void aNotifiableBreachInThreeStatesPlansEveryNoticeWithItsDeadlineAndCitation() {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(2);
    ProcessInstance instance = assessedNotifiable(discovered, "TX 300\nFL 12\nNY 250");
    List<NotificationObligation> obligations = notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey()));

    assertThat(obligations).extracting(o -> o.recipient() + " " + o.jurisdiction() + " " + o.dueDate())
        .contains("INDIVIDUALS US " + discovered.plusDays(60), "HHS US " + discovered.plusDays(60),
            "INDIVIDUALS FL " + discovered.plusDays(30), "INDIVIDUALS NY " + discovered.plusDays(30))
        .noneMatch(line -> line.startsWith("MEDIA"));
    assertThat(obligations).filteredOn(o -> o.recipient() == Recipient.STATE_REGULATOR && o.jurisdiction().equals("TX"))
        .singleElement().satisfies(o -> {
          assertThat(o.dueDate()).isEqualTo(discovered.plusDays(30));
          assertThat(o.basis()).contains("521.053");
        });
    assertThat(obligations).allSatisfy(o -> assertThat(o.basis()).isNotBlank());
    // The federal table was evaluated by the business rule task: an auditor finds it in the instance's decision
    // history, with counts and codes as inputs; its result was handed on, not kept as a variable.
    HistoricDecisionInstance federal = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(instance.getId()).decisionDefinitionKey("hipaaObligations").includeInputs().includeOutputs()
        .singleResult();
    assertThat(federal.getActivityId()).isEqualTo(TASK_DERIVE_OBLIGATIONS);
    assertThat(federal.getInputs()).extracting(HistoricDecisionInputInstance::getValue)
        .containsExactlyInAnyOrder("COVERED_ENTITY", 562);
    assertThat(federal.getOutputs()).extracting(HistoricDecisionOutputInstance::getValue).contains("HHS", "INDIVIDUALS");
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("decisionResult",
        "entityType", "totalIndividuals");
    assertThat(obligations).filteredOn(o -> o.jurisdiction().equals("FL") && o.recipient() == Recipient.INDIVIDUALS)
        .singleElement().satisfies(o -> assertThat(o.uncertain()).as("Florida's deadline is unconfirmed").isTrue());

    Task plan = task(TASK_PLAN_NOTIFICATIONS, instance);
    assertThat(plan).hasCandidateGroup("privacy-officer");
    assertThat(engine.getTaskService().getVariableLocal(plan.getId(), "notificationPlan").toString())
        .contains("1. " + discovered.plusDays(30)).contains("verify with counsel").contains("45 CFR 164.404(b)");

    planNotifications(instance, Map.of("lawEnforcementReport", "IC3",
        "lawEnforcementDueDate", discovered.plusDays(5).toString()));
    List<Task> notices = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_SEND_NOTICE).list();
    assertThat(notices).hasSize(obligations.size() + 1).allSatisfy(t -> {
      assertThat(t.getName()).startsWith("Send notice to ");
      assertThat(t.getDueDate()).isNotNull();
    });
    assertThat(notices).anySatisfy(t -> {
      assertThat(t.getName()).isEqualTo("Send notice to Affected individuals (US)");
      assertThat(t.getDueDate()).isEqualTo(Date.from(discovered.plusDays(60).atTime(23, 59).toInstant(ZoneOffset.UTC)));
    });
    assertThat(notices).extracting(Task::getName).contains(
        "Send notice to FBI Internet Crime Complaint Center (IC3, ic3.gov) (US)");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .list()).extracting(v -> v.getName()).as("the letters' wording and the plan stay in our tables")
        .doesNotContain("letterWhatHappened", "letterWhatWeAreDoing", "notificationPlan", "lawEnforcementReport");
    assertThat(ProcessVariables.KEPT).containsAll(engine.getRuntimeService().getVariables(instance.getId()).keySet());
  }

  @Test
  void aLegalNoticeIsLeftOutOnlyWithAReasonThatStaysOnRecord() {
    ProcessInstance instance = assessedNotifiable(LocalDate.now(ZoneOffset.UTC), "TX 300");
    int legal = notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey())).size();

    assertThatThrownBy(() -> planNotifications(instance, Map.of("legalNoticesNotSent", "1; no")))
        .hasMessageContaining("legalNoticesNotSent line 1");
    assertThatThrownBy(() -> planNotifications(instance, Map.of("legalNoticesNotSent", (legal + 1) + "; a long enough reason")))
        .hasMessageContaining("(1 to " + legal + ")");
    assertThat(instance).isWaitingAt(TASK_PLAN_NOTIFICATIONS);

    planNotifications(instance, Map.of("legalNoticesNotSent", "1; counsel confirmed this notice is not owed"));
    NotificationObligation first = notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey())).stream()
        .filter(o -> o.status() == ObligationStatus.NOT_SENT).findFirst().orElseThrow();
    assertThat(first.notSentReason()).isEqualTo("counsel confirmed this notice is not owed");
    assertThat(first.decidedBy()).isEqualTo("officer");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_SEND_NOTICE).count()).isEqualTo(legal - 1);
  }

  @Test
  void overdueNoticeEscalatesToPracticeOwnerByEmailAndTask() throws Exception {
    ProcessInstance instance = assessedNotifiable(LocalDate.now(ZoneOffset.UTC).minusDays(70), "TX 20");
    planNotifications(instance, Map.of());
    Task individuals = sendNoticeTask(instance, "Affected individuals (US)");

    runDueJobs();
    runDueJobs();

    MimeMessage[] mail = smtp.getReceivedMessages();
    assertThat(mail).anySatisfy(m -> {
      assertThat(m.getSubject()).startsWith("OVERDUE: notice to Affected individuals (US)");
      assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString))
          .contains("officer@practice.test", "owner@practice.test");
    });
    Task overdue = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_HANDLE_OVERDUE_NOTIFICATION).taskName("Overdue notification: Affected individuals (US)")
        .singleResult();
    assertThat(overdue).isNotNull();
    assertThat(overdue).hasCandidateGroup("practice-owner");
    assertThat(engine.getTaskService().createTaskQuery().taskId(individuals.getId()).count())
        .as("the notice itself stays open until it is sent").isEqualTo(1);
    assertThat(notification.audit.entries()).anyMatch(e -> e.contains("NOTICE_OVERDUE"));

    engine.getIdentityService().setAuthenticatedUserId("owner");
    engine.getTaskService().complete(overdue.getId(), Map.of("ownerAction", "Called the officer; letters go out today"));
    sendNotice(individuals, Map.of("sentOn", LocalDate.now(ZoneOffset.UTC).toString(), "method", "First-class mail",
        "proof", "Batch 1, USPS receipt 4411", "withoutUsableContact", 0L));
    assertThat(notification.audit.entries()).anyMatch(e -> e.contains("NOTICE_SENT_LATE"));
  }

  @Test
  void remindersGoToThePrivacyOfficerSevenDaysAndOneDayBeforeTheDeadline() throws Exception {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC);
    ProcessInstance instance = assessedNotifiable(discovered, "TX 20");
    planNotifications(instance, Map.of());
    assertThat(smtp.getReceivedMessages()).isEmpty();

    LocalDate due = discovered.plusDays(60);
    ClockUtil.setCurrentTime(Date.from(due.minusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC)));
    runDueJobs();
    runDueJobs();
    assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .contains("Reminder: notice to Affected individuals (US) is due " + due)
        .noneMatch(subject -> subject.startsWith("OVERDUE"));

    ClockUtil.setCurrentTime(Date.from(due.minusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC)));
    runDueJobs();
    runDueJobs();
    assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .filteredOn(s -> s.equals("Reminder: notice to Affected individuals (US) is due " + due)).hasSize(2);
    assertThat(smtp.getReceivedMessages()[0].getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("officer@practice.test");
  }

  @Test
  void anOverdueStepRolledBackAfterItsMailWentOutSendsNoSecondMailWhenRetried() throws Exception {
    ProcessInstance instance = assessedNotifiable(LocalDate.now(ZoneOffset.UTC).minusDays(70), "TX 20");
    planNotifications(instance, Map.of());
    List<String> rolledBack = failEachOnceAfterItRan("emailOverdueNoticeDelegate");

    List<String> retried = runJobsRetryingFailures(instance);

    assertThat(rolledBack).as("every escalation's first run rolled back after its e-mail went out").isNotEmpty();
    assertThat(retried).hasSameSizeAs(rolledBack);
    Map<String, Set<String>> overdue = sentMessages();
    overdue.keySet().removeIf(subject -> !subject.startsWith("OVERDUE"));
    assertThat(overdue).as("e-mails per overdue notice").hasSameSizeAs(rolledBack)
        .allSatisfy((subject, messageIds) -> assertThat(messageIds).as(subject).hasSize(1));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_HANDLE_OVERDUE_NOTIFICATION).count()).as("the retries carried on to the owner's task")
        .isEqualTo(rolledBack.size());
  }

  @Test
  void aReminderRolledBackAfterItsMailWentOutIsNotSentAgain() throws Exception {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC);
    ProcessInstance instance = assessedNotifiable(discovered, "TX 20");
    planNotifications(instance, Map.of());
    List<String> rolledBack = failEachOnceAfterItRan("noticeReminderDelegate");
    LocalDate due = discovered.plusDays(60);
    ClockUtil.setCurrentTime(Date.from(due.minusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC)));

    runJobsRetryingFailures(instance);

    assertThat(rolledBack).isNotEmpty();
    Map<String, Set<String>> sent = sentMessages();
    assertThat(sent).containsKey("Reminder: notice to Affected individuals (US) is due " + due)
        .as("one e-mail per reminder").allSatisfy((subject, messageIds) -> assertThat(messageIds).as(subject).hasSize(1));
  }

  /**
   * The step's transaction rolls back once after the step ran (its e-mail gone out), as an optimistic-locking
   * failure against a concurrent job of the same incident on another node rolls it back.
   *
   * @return the notices whose step was rolled back, filled as it happens
   */
  private static List<String> failEachOnceAfterItRan(String delegateName) {
    JavaDelegate step = (JavaDelegate) Mocks.get(delegateName);
    List<String> rolledBack = new java.util.ArrayList<>();
    Mocks.register(delegateName, (JavaDelegate) execution -> {
      step.execute(execution);
      String notice = execution.getVariable(ProcessVariables.OBLIGATION_ID) + "/" + execution.getCurrentActivityId();
      if (!rolledBack.contains(notice)) {
        rolledBack.add(notice);
        throw new OptimisticLockingException("a concurrent job of the incident changed it first");
      }
    });
    return rolledBack;
  }

  /** @return the jobs that failed once and ran again */
  private List<String> runJobsRetryingFailures(ProcessInstance instance) {
    List<String> retried = new java.util.ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (OptimisticLockingException e) {
          engine.getManagementService().executeJob(job.getId());
          retried.add(job.getId());
        }
      }
    }
    return retried;
  }

  /** Each subject with the ids of the messages sent under it (the SMTP server keeps a copy per recipient). */
  private static Map<String, Set<String>> sentMessages() throws jakarta.mail.MessagingException {
    Map<String, Set<String>> sent = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      sent.computeIfAbsent(message.getSubject(), subject -> new java.util.TreeSet<>()).add(message.getMessageID());
    }
    return sent;
  }

  @Test
  void aWrittenLawEnforcementDelayMovesTheDeadlineAndItsEscalation() {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(10);
    ProcessInstance instance = assessedNotifiable(discovered, "TX 20");
    planNotifications(instance, Map.of());
    LocalDate until = discovered.plusDays(90);

    LawEnforcementDelays delays = new LawEnforcementDelays(notification.notifications, engine.getRuntimeService(), engine.getIdentityService());
    List<Long> postponed = delays.record(IncidentReference.of(instance.getBusinessKey()), new LawEnforcementDelayRequest(
        LawEnforcementDelay.Form.WRITTEN, "Special Agent Dana Reyes", "FBI Dallas Field Office",
        "Notice would impede an ongoing investigation", LocalDate.now(ZoneOffset.UTC), until), "officer");

    Task individuals = sendNoticeTask(instance, "Affected individuals (US)");
    assertThat(postponed).isNotEmpty();
    assertThat(individuals.getDueDate()).isEqualTo(Date.from(until.atTime(23, 59).toInstant(ZoneOffset.UTC)));
    Job escalation = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(BreachResponseProcess.TIMER_NOTICE_OVERDUE).list().stream()
        .filter(j -> j.getDuedate().equals(individuals.getDueDate())).findFirst().orElse(null);
    assertThat(escalation).as("the escalation follows the new deadline").isNotNull();
    NotificationObligation moved = notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey())).stream()
        .filter(o -> o.recipient() == Recipient.INDIVIDUALS && o.jurisdiction().equals("US")).findFirst().orElseThrow();
    assertThat(moved.legalDueDate()).isEqualTo(discovered.plusDays(60));
    assertThat(moved.dueDate()).isEqualTo(until);
  }

  @Test
  void anOralLawEnforcementDelayLastsAtMostThirtyDays() {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(50);
    ProcessInstance instance = assessedNotifiable(discovered, "TX 20");
    planNotifications(instance, Map.of());
    LocalDate stated = LocalDate.now(ZoneOffset.UTC);

    new LawEnforcementDelays(notification.notifications, engine.getRuntimeService(), engine.getIdentityService()).record(IncidentReference.of(instance.getBusinessKey()),
        new LawEnforcementDelayRequest(LawEnforcementDelay.Form.ORAL, "Det. Sam Ortiz", "Austin Police Department",
            "Asked by phone to hold notices", stated, stated.plusDays(90)), "officer");

    assertThat(notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey()))).filteredOn(o ->
        o.recipient() == Recipient.INDIVIDUALS && o.jurisdiction().equals("US"))
        .singleElement().satisfies(o -> assertThat(o.dueDate()).isEqualTo(stated.plusDays(30)));
  }

  @Test
  void tenOrMoreUnreachableIndividualsNeedSubstituteNoticeKeptNinetyDays() {
    LocalDate discovered = LocalDate.now(ZoneOffset.UTC);
    ProcessInstance instance = assessedNotifiable(discovered, "TX 20");
    planNotifications(instance, Map.of());
    sendNotice(sendNoticeTask(instance, "Affected individuals (US)"), Map.of("sentOn", discovered.toString(),
        "method", "First-class mail", "proof", "Batch 1", "withoutUsableContact", 10L));

    Task start = task(TASK_START_SUBSTITUTE_NOTICE, instance);
    engine.getTaskService().complete(start.getId(), Map.of("webPosting", "https://smiles.example/notice",
        "tollFreeNumber", "1-800-555-0100", "startedOn", discovered.toString()));
    assertThat(instance).isWaitingAt(BreachResponseProcess.TIMER_WEB_POSTING_KEPT,
        BreachResponseProcess.TIMER_TOLL_FREE_LINE_KEPT);

    ClockUtil.setCurrentTime(Date.from(discovered.plusDays(90).atTime(9, 0).toInstant(ZoneOffset.UTC)));
    runDueJobs();
    Task endPosting = task(TASK_END_WEB_POSTING, instance);
    assertThatThrownBy(() -> engine.getTaskService().complete(endPosting.getId(),
        Map.of("endedOn", discovered.plusDays(89).toString()))).hasMessageContaining("90 days");
    engine.getTaskService().complete(endPosting.getId(), Map.of("endedOn", discovered.plusDays(90).toString()));
    engine.getTaskService().complete(task(TASK_CLOSE_TOLL_FREE_LINE, instance).getId(),
        Map.of("endedOn", discovered.plusDays(91).toString()));
    assertThat(instance).hasPassed(BreachResponseProcess.END_EVENT_SUBSTITUTE_NOTICE_ENDED);
    assertThat(notification.records.substituteNotices(sendNoticeObligation(instance))).hasSize(2)
        .allSatisfy(s -> assertThat(s.endedBy()).isEqualTo("officer"));
  }

  @Test
  void theNoticeFormOffersTheImportedListsUnreachableCount() {
    ProcessInstance instance = assessedNotifiable(LocalDate.now(ZoneOffset.UTC), "TX 3");
    notification.importIndividuals(incidents, instance.getBusinessKey(),
        "name,postal_address,state\nAna Ruiz,1 Elm St,TX\nBo Chen,,TX\nCy Diaz,,TX\n");
    planNotifications(instance, Map.of());
    Task individuals = sendNoticeTask(instance, "Affected individuals (US)");
    assertThat(engine.getTaskService().getVariableLocal(individuals.getId(), "withoutUsableContact")).isEqualTo(2L);
    assertThat(engine.getTaskService().getVariableLocal(sendNoticeTask(instance, "Secretary of HHS (OCR breach portal) (US)")
        .getId(), "withoutUsableContact")).as("only the individuals' notice counts them").isNull();
  }

  @Test
  void fewerThanTenUnreachableNeedNoSubstituteNotice() {
    ProcessInstance instance = assessedNotifiable(LocalDate.now(ZoneOffset.UTC), "TX 20");
    planNotifications(instance, Map.of());
    sendNotice(sendNoticeTask(instance, "Affected individuals (US)"), Map.of("sentOn",
        LocalDate.now(ZoneOffset.UTC).toString(), "method", "First-class mail", "proof", "Batch 1",
        "withoutUsableContact", 9L));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_START_SUBSTITUTE_NOTICE).count()).isZero();
  }

  @Test
  void aNoticeIsRecordedOnlyWithItsDateMethodAndProof() {
    ProcessInstance instance = assessedNotifiable(LocalDate.now(ZoneOffset.UTC), "TX 20");
    planNotifications(instance, Map.of());
    Task individuals = sendNoticeTask(instance, "Affected individuals (US)");

    assertThatThrownBy(() -> sendNotice(individuals, Map.of("sentOn", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(),
        "method", "", "proof", "")))
        .hasMessageContaining("sentOn").hasMessageContaining("method").hasMessageContaining("proof")
        .hasMessageContaining("withoutUsableContact");
    assertThat(engine.getTaskService().createTaskQuery().taskId(individuals.getId()).count()).isEqualTo(1);
  }

  @Test
  void noNoticeIsPlannedWhenTheRiskIsLow() {
    ProcessInstance instance = incident(LocalDate.now(ZoneOffset.UTC), "TX 20").containing();
    as("officer");
    complete(task(TASK_ASSESS_RISK, instance), IdentifyAndAnalyseWiring.assessment("NONE", "LOW", "LOW_PROBABILITY_OF_COMPROMISE"));
    assertThat(instance).hasPassed(GATEWAY_NOTIFICATIONS_SETTLED).isWaitingAt(TASK_APPROVE_CONTAINMENT);
    assertThat(notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey()))).isEmpty();
  }

  /** Assessed as notifiable (on record, without replaying identification): obligations derived, plan waiting. */
  private ProcessInstance assessedNotifiable(LocalDate discovered, String residents) {
    ProcessInstance instance = incident(discovered, residents).notifying(assessments);
    assertThat(instance).isWaitingAt(TASK_DERIVE_OBLIGATIONS, TASK_APPROVE_CONTAINMENT);
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(TASK_DERIVE_OBLIGATIONS).singleResult().getId());
    assertThat(instance).isWaitingAt(TASK_PLAN_NOTIFICATIONS, TASK_APPROVE_CONTAINMENT);
    return instance;
  }

  private IncidentAtPhase incident(LocalDate discovered, String residents) {
    return new IncidentAtPhase(engine.getProcessEngine(), incidents).discovered(discovered)
        .scope("fd-pc-01", "", residents);
  }

  private void planNotifications(ProcessInstance instance, Map<String, Object> extra) {
    as("officer");
    Map<String, Object> form = new HashMap<>(extra);
    form.putIfAbsent("letterWhatHappened", "Someone broke into the computer at our front desk.");
    form.putIfAbsent("letterWhatWeAreDoing", "We took the computer off the network and changed every password.");
    engine.getTaskService().complete(task(TASK_PLAN_NOTIFICATIONS, instance).getId(), form);
  }

  private void sendNotice(Task task, Map<String, Object> form) {
    as("officer");
    engine.getTaskService().complete(task.getId(), form);
  }

  private Task sendNoticeTask(ProcessInstance instance, String title) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_SEND_NOTICE).taskName("Send notice to " + title).singleResult();
  }

  private long sendNoticeObligation(ProcessInstance instance) {
    return notification.notifications.obligations(IncidentReference.of(instance.getBusinessKey())).stream()
        .filter(o -> o.recipient() == Recipient.INDIVIDUALS && o.jurisdiction().equals("US"))
        .findFirst().orElseThrow().id();
  }

  /** Runs every job whose time has come on the engine's clock: timers, then the steps they start. */
  private void runDueJobs() {
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }


  private void as(String userId) {
    engine.getIdentityService().setAuthenticatedUserId(userId);
  }
}
