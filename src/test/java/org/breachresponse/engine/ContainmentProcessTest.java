package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.process.BreachResponseProcess.END_EVENT_MACHINE_RETIRED;
import static org.breachresponse.process.BreachResponseProcess.EVENT_THREAT_REMOVED;
import static org.breachresponse.process.BreachResponseProcess.END_EVENT_ACCOUNT_BATCH_DONE;
import static org.breachresponse.process.BreachResponseProcess.END_EVENT_MACHINE_BATCH_DONE;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MACHINES;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_PASSWORD;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_PASSWORDS;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLEANSE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_ISOLATE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_EVIDENCE;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESET_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_MANUALLY;
import static org.breachresponse.process.BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ActionType;
import org.breachresponse.containment.Adapter;
import org.breachresponse.containment.ContainmentAction;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.containment.Outcome;
import org.breachresponse.containment.TargetKind;
import org.breachresponse.containment.TargetStatus;
import org.breachresponse.directory.MachinePlace;
import org.breachresponse.incident.Hostname;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.notification.InMemoryNotificationRecords;
import org.breachresponse.process.Phase;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.review.RecoveryAndReviewWiring;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
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
 * Containment and removal of the threat, driven through the engine: approval and hold-back, the parallel
 * isolation and reset jobs, the manual fallbacks, retries that end in an incident, the evidence gate, the
 * four-eyes verification, restore and retirement. The directory is an in-memory one answering as the real
 * adapters do; those are tested against real Samba AD and slapd.
 */
@ExtendWith(ProcessesXmlDeployment.class)
class ContainmentProcessTest {

  private static final String SHA = ResponseDriver.SHA;

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngine.get())
      .build();

  private InMemoryIncidentService incidents;
  private InMemoryDirectory directory;
  private ContainmentWiring containment;
  private ResponseDriver driver;

  @BeforeEach
  void wire() {
    incidents = new InMemoryIncidentService();
    directory = new InMemoryDirectory().withMachines("ws-01", "ws-02", "xray-01").withAccounts("jdoe", "asmith");
    IdentifyAndAnalyseWiring.register(incidents, new InMemoryRiskAssessmentService(incidents));
    containment = ContainmentWiring.register(incidents, directory);
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
  void approvalIsolatesEveryMachineAndResetsEveryAccountAsParallelJobs() {
    ProcessInstance instance = driver.scoped("ws-01\nws-02\nxray-01", "jdoe\nasmith");
    driver.approve(instance, "");

    List<Job> jobs = driver.jobs(instance);
    assertThat(jobs).as("one job per batch of machines and of accounts").hasSize(2)
        .allSatisfy(job -> assertThat(((JobEntity) job).isExclusive())
        .as("isolations and resets of one incident may run at the same time").isFalse());
    driver.runJobs(instance);

    assertThat(List.of("ws-01", "ws-02", "xray-01")).allSatisfy(m -> assertThat(directory.isIsolated(m)).isTrue());
    assertThat(directory.resets()).containsExactlyInAnyOrder("jdoe", "asmith");
    assertThat(instance).isWaitingAt(TASK_WATCH_ENTRY_AND_EXIT_POINTS, TASK_ASSESS_RISK);
    List<ContainmentAction> actions = containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()));
    assertThat(actions).hasSize(5).allSatisfy(a -> {
      assertThat(a.outcome()).isEqualTo(Outcome.SUCCEEDED);
      assertThat(a.approvedBy()).isEqualTo("it-responder");
      assertThat(a.performedBy()).isEqualTo("engine");
      assertThat(a.endedAt()).isAfterOrEqualTo(a.startedAt());
    });
    assertThat(ProcessVariables.KEPT).containsAll(engine.getRuntimeService().getVariables(instance.getId()).keySet());
  }

  @Test
  void aPracticeWideScopeFitsTheApprovalTaskAndFansOutToEveryTarget() {
    String[] machines = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "pc-" + i).toArray(String[]::new);
    String[] accounts = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "user" + i).toArray(String[]::new);
    directory.withMachines(machines).withAccounts(accounts);
    ProcessInstance instance = containing(String.join("\n", machines), String.join("\n", accounts));

    String plan = engine.getTaskService().getVariableLocal(task(TASK_APPROVE_CONTAINMENT, instance).getId(),
        "containmentPlan").toString();
    assertThat(plan).hasSizeLessThan(4000).contains("Machines to isolate (300): pc-0, pc-1")
        .contains("more (see the incident's scope)");
    driver.approve(instance, "");
    assertThat(driver.jobs(instance)).as("30 batches of machines, 100 of accounts, 10 targets each").hasSize(130);
  }

  @Test
  void aHeldBackMachineIsNeverTouchedAndGoesToAPerson() {
    ProcessInstance instance = containing("ws-01\nxray-01", "jdoe");
    driver.approve(instance, "XRAY-01: the only X-ray server, patients booked today");
    driver.runJobs(instance);

    assertThat(directory.isIsolated("xray-01")).isFalse();
    assertThat(directory.isIsolated("ws-01")).isTrue();
    Task manual = task(TASK_ISOLATE_MANUALLY, instance);
    assertThat(manual).hasCandidateGroup("it-responder");
    assertThat(engine.getTaskService().getVariableLocal(manual.getId(), "whatWasTried").toString())
        .contains("Held back by it-responder: the only X-ray server");
    assertThat(java.time.Duration.between(manual.getCreateTime().toInstant(), manual.getDueDate().toInstant()))
        .as("due at its response-time target, an hour from the hand-over (in whole seconds)")
        .isBetween(java.time.Duration.ofMinutes(59).plusSeconds(58), java.time.Duration.ofHours(1));

    driver.as("it-responder");
    complete(manual, withVariables("doneByHand", "DONE", "personNotes", "Network cable unplugged at 10:40"));
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "xray-01").status())
        .isEqualTo(TargetStatus.CONTAINED_BY_PERSON);
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey())))
        .filteredOn(a -> a.action() == ActionType.ISOLATE_BY_HAND).singleElement().satisfies(a -> {
          assertThat(a.performedBy()).isEqualTo("it-responder");
          assertThat(a.startedAt()).as("the hand-over to a person").isEqualTo(manual.getCreateTime().toInstant());
        });
    assertThat(instance).isWaitingAt(TASK_WATCH_ENTRY_AND_EXIT_POINTS, TASK_ASSESS_RISK);
  }

  @Test
  void aHoldBackNamingSomethingOutOfScopeKeepsTheApprovalOpen() {
    ProcessInstance instance = containing("ws-01", "jdoe");
    driver.as("it-responder");
    String taskId = task(TASK_APPROVE_CONTAINMENT, instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("holdBack", "*)(objectClass=*: x")))
        .rootCause().hasMessageContaining("holdBack: line 1: no scoped machine or account");
    assertThat(instance).isWaitingAt(TASK_APPROVE_CONTAINMENT, TASK_ASSESS_RISK);
    assertThat(containment.ledger.targets(IncidentReference.of(instance.getBusinessKey()))).isEmpty();
  }

  @Test
  void whatTheDirectoryDoesNotKnowGoesToAPersonWithWhatWasTried() {
    ProcessInstance instance = containing("ws-01\nlaptop-9", "jdoe\nghost");
    driver.approve(instance, "");
    driver.runJobs(instance);

    Task isolate = task(TASK_ISOLATE_MANUALLY, instance);
    assertThat(engine.getTaskService().getVariableLocal(isolate.getId(), "whatWasTried").toString())
        .contains("ISOLATE via ACTIVE_DIRECTORY: NOT_FOUND - No entry named laptop-9");
    Task reset = task(TASK_RESET_MANUALLY, instance);
    driver.as("it-responder");
    complete(isolate, withVariables("doneByHand", "LEFT_AS_IS", "personNotes", "Laptop is at home with the owner, switched off"));
    complete(reset, withVariables("doneByHand", "DONE", "personNotes", "Account deleted in the practice software"));

    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "laptop-9").status())
        .isEqualTo(TargetStatus.LEFT_AS_IS);
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.ACCOUNT, "ghost").status())
        .isEqualTo(TargetStatus.CONTAINED_BY_PERSON);
    assertThat(instance).isWaitingAt(TASK_WATCH_ENTRY_AND_EXIT_POINTS, TASK_ASSESS_RISK);
  }

  @Test
  void aDirectoryThatStaysDownIsRetriedFiveTimesThenBecomesAnIncidentThatARetryResolves() {
    ProcessInstance instance = containing("ws-01", "");
    driver.approve(instance, "");
    directory.down(true);
    runBatches(instance);
    ManagementService management = engine.getManagementService();
    Job job = management.createJobQuery().jobId(job(instance, TASK_ISOLATE_MACHINE)).singleResult();

    for (int attempt = 1; attempt <= 5; attempt++) {
      String id = job.getId();
      assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("Cannot reach the directory");
      job = management.createJobQuery().jobId(id).singleResult();
      assertThat(job.getRetries()).isEqualTo(5 - attempt);
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey())))
        .as("the batch's attempt and the machine's own five").hasSize(6)
        .allSatisfy(a -> assertThat(a.outcome()).isEqualTo(Outcome.FAILED));
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "ws-01").status())
        .isEqualTo(TargetStatus.FAILING);

    directory.down(false);
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    driver.runJobs(instance);
    assertThat(directory.isIsolated("ws-01")).isTrue();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(instance).isWaitingAt(TASK_WATCH_ENTRY_AND_EXIT_POINTS, TASK_ASSESS_RISK);
  }

  @Test
  void aResetThatReachedTheDirectoryBeforeItsNodeDiedIsRecordedNotWrittenAgain() {
    ProcessInstance instance = containing("ws-01", "jdoe");
    driver.approve(instance, "ws-01: the reception PC, isolated by hand later");
    containment.ledger.loseNextSuccess();
    String jobId = job(instance, TASK_RESET_PASSWORDS);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining("node died");
    assertThat(directory.resets()).containsExactly("jdoe");
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()))).isEmpty();

    engine.getManagementService().executeJob(jobId);

    assertThat(directory.resets()).as("written once, by the attempt that died").containsExactly("jdoe");
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()))).singleElement()
        .satisfies(a -> {
          assertThat(a.action()).isEqualTo(ActionType.RESET_PASSWORD);
          assertThat(a.outcome()).isEqualTo(Outcome.SUCCEEDED);
          assertThat(a.error()).contains("interrupted before it was recorded; not written again");
        });
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.ACCOUNT, "jdoe").status())
        .isEqualTo(TargetStatus.CONTAINED);
  }

  @Test
  void aResetWhoseAnswerWasLostIsNotWrittenAgainByTheRetry() {
    ProcessInstance instance = containing("ws-01", "jdoe");
    driver.approve(instance, "ws-01: the reception PC, isolated by hand later");
    directory.loseAnswers(1);
    runBatches(instance);
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.ACCOUNT, "jdoe").status())
        .as("left by its batch to its own job").isEqualTo(TargetStatus.FAILING);

    engine.getManagementService().executeJob(job(instance, TASK_RESET_PASSWORD));

    assertThat(directory.resets()).containsExactly("jdoe");
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey())))
        .extracting(ContainmentAction::outcome).containsExactly(Outcome.FAILED, Outcome.SUCCEEDED);
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.ACCOUNT, "jdoe").status())
        .isEqualTo(TargetStatus.CONTAINED);
  }

  @Test
  void aPasswordChangedByItsHolderAfterAnInterruptedResetIsResetAgain() {
    ProcessInstance instance = containing("ws-01", "jdoe");
    driver.approve(instance, "ws-01: the reception PC, isolated by hand later");
    directory.loseAnswers(1);
    runBatches(instance);
    directory.changedByItsHolder("jdoe");
    engine.getManagementService().executeJob(job(instance, TASK_RESET_PASSWORD));

    assertThat(directory.resets()).as("the holder of the stolen password may have changed it").containsExactly("jdoe",
        "jdoe");
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()))).last()
        .satisfies(written -> {
          assertThat(written.outcome()).isEqualTo(Outcome.SUCCEEDED);
          assertThat(written.error()).isNull();
        });
  }

  @Test
  void aResetThatNeverReachedTheDirectoryIsWrittenByTheRetry() {
    ProcessInstance instance = containing("ws-01", "jdoe");
    driver.approve(instance, "ws-01: the reception PC, isolated by hand later");
    directory.failWrites(1);
    runBatches(instance);
    assertThat(directory.resets()).isEmpty();
    engine.getManagementService().executeJob(job(instance, TASK_RESET_PASSWORD));

    assertThat(directory.resets()).as("the intent's stamp had not changed: written now").containsExactly("jdoe");
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()))).satisfiesExactly(
        failed -> assertThat(failed.outcome()).isEqualTo(Outcome.FAILED),
        written -> {
          assertThat(written.outcome()).isEqualTo(Outcome.SUCCEEDED);
          assertThat(written.error()).isNull();
        });
  }

  @Test
  void aBatchLeavesAFailedTargetAndTheRestOfItsBatchToTheirOwnJobs() {
    ProcessInstance instance = containing("ws-01", "jdoe\nasmith");
    driver.approve(instance, "ws-01: the reception PC, isolated by hand later");
    directory.failWrites(1);
    runBatches(instance);

    assertThat(containment.target(instance.getBusinessKey(), TargetKind.ACCOUNT, "jdoe").status())
        .isEqualTo(TargetStatus.FAILING);
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.ACCOUNT, "asmith").status())
        .as("not tried after the failure: the directory may be down").isEqualTo(TargetStatus.PENDING);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(TASK_RESET_PASSWORD).count()).as("one job each, with its own retries").isEqualTo(2);
    driver.runJobs(instance);

    assertThat(directory.resets()).containsExactlyInAnyOrder("jdoe", "asmith");
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey())))
        .extracting(ContainmentAction::outcome).containsExactly(Outcome.FAILED, Outcome.SUCCEEDED, Outcome.SUCCEEDED);
  }

  @Test
  void anIsolationThatReachedTheDirectoryBeforeItsNodeDiedIsNotMadeAgainAndIsRestoredToItsPlace() {
    ProcessInstance instance = containing("ws-01", "");
    driver.approve(instance, "");
    MachinePlace before = directory.place(new Hostname("ws-01"));
    containment.ledger.loseNextSuccess();
    String jobId = job(instance, TASK_ISOLATE_MACHINES);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining("node died");
    assertThat(directory.isolations()).isEqualTo(1);
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()))).isEmpty();

    engine.getManagementService().executeJob(jobId);

    assertThat(directory.isolations()).as("isolated once, by the attempt that died").isEqualTo(1);
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()))).singleElement()
        .satisfies(a -> {
          assertThat(a.action()).isEqualTo(ActionType.ISOLATE);
          assertThat(a.outcome()).isEqualTo(Outcome.SUCCEEDED);
          assertThat(a.error()).contains("interrupted before it was recorded; not written again");
        });
    driver.runJobs(instance);
    driver.watch(instance);
    driver.recordEvidence(instance);
    driver.cleanse(instance, "it-responder", "RE_IMAGED");
    driver.verify(instance, "CLEAN");
    driver.runJobs(instance);

    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "ws-01").status())
        .isEqualTo(TargetStatus.RESTORED);
    assertThat(directory.place(new Hostname("ws-01"))).as("back in its place, with its flags").isEqualTo(before)
        .satisfies(place -> assertThat(place.dn()).contains("OU=Workstations"));
    assertThat(instance).hasPassed(EVENT_THREAT_REMOVED);
  }

  @Test
  void anIsolationThatNeverReachedTheDirectoryIsMadeByTheRetry() {
    ProcessInstance instance = containing("ws-01", "");
    driver.approve(instance, "");
    directory.failWrites(1);
    runBatches(instance);
    assertThat(directory.isIsolated("ws-01")).isFalse();
    engine.getManagementService().executeJob(job(instance, TASK_ISOLATE_MACHINE));

    assertThat(directory.isolations()).as("isolated now, by the retry").isEqualTo(1);
    assertThat(directory.isIsolated("ws-01")).isTrue();
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey()))).satisfiesExactly(
        failed -> assertThat(failed.outcome()).isEqualTo(Outcome.FAILED),
        isolated -> {
          assertThat(isolated.outcome()).isEqualTo(Outcome.SUCCEEDED);
          assertThat(isolated.error()).isNull();
        });
  }

  @Test
  void anIsolationBrokenOffHalfwayIsFinishedByTheRetryAndRestoredToTheFlagsBeforeIt() {
    ProcessInstance instance = containing("ws-01", "");
    driver.approve(instance, "");
    MachinePlace before = directory.place(new Hostname("ws-01"));
    directory.breakIsolations(1);
    runBatches(instance);
    assertThat(directory.place(new Hostname("ws-01")).accountFlags()).as("disabled, not yet moved")
        .isNotEqualTo(before.accountFlags());
    engine.getManagementService().executeJob(job(instance, TASK_ISOLATE_MACHINE));
    assertThat(directory.isIsolated("ws-01")).isTrue();
    driver.runJobs(instance);
    driver.watch(instance);
    driver.recordEvidence(instance);
    driver.cleanse(instance, "it-responder", "RE_IMAGED");
    driver.verify(instance, "CLEAN");
    driver.runJobs(instance);

    assertThat(directory.place(new Hostname("ws-01"))).as("the flags of before the first attempt, not of halfway")
        .isEqualTo(before);
  }

  @Test
  void aRefusedServiceAccountIsAnIncidentAtOnceNotAfterFiveRetries() {
    ProcessInstance instance = containing("ws-01", "");
    driver.approve(instance, "");
    directory.refusing(true);
    runBatches(instance);
    String jobId = job(instance, TASK_ISOLATE_MACHINE);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).hasMessageContaining("refused the service account");

    assertThat(engine.getManagementService().createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult()
        .getIncidentMessage()).contains("check BREACH_DIRECTORY_BIND_DN/PASSWORD");
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey())))
        .as("the batch's attempt and the machine's own").hasSize(2)
        .allSatisfy(a -> assertThat(a.outcome()).isEqualTo(Outcome.FAILED));
  }

  @Test
  void entryPointsLeftUncheckedNeedANote() {
    ProcessInstance instance = driver.contained(containing("ws-01", "jdoe"));
    String taskId = task(TASK_WATCH_ENTRY_AND_EXIT_POINTS, instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables(
        "firewallAndVpnLogsReviewed", true, "remoteAccessRevoked", false, "backupsDisconnected", true)))
        .rootCause().hasMessageContaining("entryPointNotes");
    assertThat(instance).isWaitingAt(TASK_WATCH_ENTRY_AND_EXIT_POINTS, TASK_ASSESS_RISK);
  }

  @Test
  void evidenceComesFirstAndABadHashKeepsTheTaskOpen() {
    ProcessInstance instance = driver.watched(containing("ws-01", "jdoe"));
    assertThat(instance).isWaitingAt(TASK_RECORD_EVIDENCE, TASK_ASSESS_RISK).hasNotPassed(TASK_CLEANSE_MACHINE);
    String taskId = task(TASK_RECORD_EVIDENCE, instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables(
        "evidenceItems", "Memory capture | abc123 | Safe in the office", "collectedBy", "Sam (IT)",
        "collectedAt", "2026-12-01T14:30-06:00")))
        .rootCause().hasMessageContaining("evidenceItems: line 1: the SHA-256 must be 64 hexadecimal characters");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables(
        "evidenceItems", "Memory capture | " + SHA + " | Safe", "collectedBy", "Sam (IT)", "collectedAt", "2026-12-01 14:30")))
        .rootCause().hasMessageContaining("collectedAt: when it was collected, with its time zone");
    assertThat(instance).isWaitingAt(TASK_RECORD_EVIDENCE, TASK_ASSESS_RISK);

    driver.recordEvidence(instance);
    assertThat(containment.ledger.evidence(IncidentReference.of(instance.getBusinessKey()))).singleElement().satisfies(item -> {
      assertThat(item.sha256()).isEqualTo(SHA);
      assertThat(item.collectedAt().getZone().getId()).isEqualTo("America/Chicago");
    });
    assertThat(containment.ledger.custody(IncidentReference.of(instance.getBusinessKey()))).singleElement()
        .satisfies(transfer -> assertThat(transfer.purpose()).isEqualTo("collected"));
    assertThat(instance).isWaitingAt(TASK_CLEANSE_MACHINE, TASK_ASSESS_RISK);
  }

  @Test
  void whoeverCleansedAMachineCannotVerifyIt() {
    ProcessInstance instance = driver.watched(containing("ws-01", "jdoe"));
    driver.recordEvidence(instance);
    driver.cleanse(instance, "it-responder", "RE_IMAGED");
    String taskId = task(TASK_VERIFY_MACHINE_CLEAN, instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().claim(taskId, "it-responder"))
        .rootCause().hasMessageContaining("ws-01 was cleansed by it-responder; someone else must verify it is clean");
    driver.as("it-responder");
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables("machineClean", "CLEAN",
        "verificationNotes", "Looks fine to me")))
        .rootCause().hasMessageContaining("someone else must verify");
    assertThat(directory.isIsolated("ws-01")).isTrue();

    driver.as("it-responder-2");
    engine.getTaskService().claim(taskId, "it-responder-2");
    complete(task(TASK_VERIFY_MACHINE_CLEAN, instance), withVariables("machineClean", "CLEAN",
        "verificationNotes", "Second full scan clean; no unknown autoruns"));
    driver.runJobs(instance);

    assertThat(directory.isIsolated("ws-01")).isFalse();
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "ws-01").verifiedBy())
        .isEqualTo("it-responder-2");
  }

  @Test
  void aMachineFoundNotCleanIsCleansedAgainBeforeItComesBack() {
    ProcessInstance instance = driver.watched(containing("ws-01", "jdoe"));
    driver.recordEvidence(instance);
    driver.cleanse(instance, "it-responder", "CLEANED");
    driver.verify(instance, "NOT_CLEAN");

    assertThat(instance).isWaitingAt(TASK_CLEANSE_MACHINE, TASK_ASSESS_RISK);
    assertThat(directory.isIsolated("ws-01")).isTrue();
    driver.cleanse(instance, "it-responder", "RE_IMAGED");
    driver.verify(instance, "CLEAN");
    driver.runJobs(instance);
    assertThat(directory.isIsolated("ws-01")).isFalse();
  }

  @Test
  void verifiedMachinesAreRestoredAReplacedOneRetiredAndTheIncidentMovesToRecovery() {
    ProcessInstance instance = driver.watched(containing("ws-01\nws-02", "jdoe"));
    for (String machine : List.of("ws-01", "ws-02")) {
      driver.recordEvidence(instance);
    }
    driver.as("it-responder");
    List<Task> cleanse = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_CLEANSE_MACHINE).list();
    for (Task task : cleanse) {
      String machine = (String) engine.getTaskService().getVariable(task.getId(), "machine");
      complete(task, withVariables("scanResult", "Defender full scan: Trojan:Win32/Emotet removed",
          "remedy", "ws-02".equals(machine) ? "REPLACED" : "RE_IMAGED", "attackerTools", "AnyDesk installed by the attacker"));
    }
    driver.verify(instance, "CLEAN");
    driver.verify(instance, "CLEAN");
    driver.runJobs(instance);

    String reference = instance.getBusinessKey();
    assertThat(directory.isIsolated("ws-01")).isFalse();
    assertThat(directory.isIsolated("ws-02")).isTrue();
    assertThat(containment.target(reference, TargetKind.MACHINE, "ws-01").status()).isEqualTo(TargetStatus.RESTORED);
    assertThat(containment.target(reference, TargetKind.MACHINE, "ws-02").status()).isEqualTo(TargetStatus.RETIRED);
    assertThat(containment.ledger.actions(IncidentReference.of(reference))).extracting(ContainmentAction::action)
        .contains(ActionType.RESTORE, ActionType.RETIRE);
    assertThat(instance).hasPassed(END_EVENT_MACHINE_RETIRED, EVENT_THREAT_REMOVED).isWaitingAt(TASK_ASSESS_RISK);
    assertThat(incidents.get(IncidentReference.of(reference)).phase()).isEqualTo(Phase.RECOVER);
  }

  @Test
  void aMachineIsolatedByHandIsReconnectedByHand() {
    ProcessInstance instance = heldBackIsolatedByHandAndVerified("CLEANED");

    assertThat(instance).isWaitingAt(TASK_RESTORE_MANUALLY, TASK_ASSESS_RISK);
    driver.as("it-responder");
    complete(task(TASK_RESTORE_MANUALLY, instance), withVariables("doneByHand", "DONE", "personNotes", "Plugged back in"));
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "xray-01").status())
        .isEqualTo(TargetStatus.RESTORED);
    assertThat(instance).hasPassed(EVENT_THREAT_REMOVED);
  }

  @Test
  void aHeldBackMachineThatIsReplacedIsRetiredWithoutTouchingTheDirectory() {
    ProcessInstance instance = heldBackIsolatedByHandAndVerified("REPLACED");

    assertThat(directory.isIsolated("xray-01")).as("the directory was never asked to touch it").isFalse();
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "xray-01").status())
        .isEqualTo(TargetStatus.RETIRED);
    assertThat(containment.ledger.actions(IncidentReference.of(instance.getBusinessKey())))
        .filteredOn(a -> a.action() == ActionType.RETIRE).singleElement()
        .satisfies(a -> assertThat(a.adapter()).isEqualTo(Adapter.PERSON));
    assertThat(instance).hasPassed(END_EVENT_MACHINE_RETIRED, EVENT_THREAT_REMOVED);
  }

  /** xray-01, held back at approval, isolated by hand, then cleansed with {@code remedy} and verified clean. */
  private ProcessInstance heldBackIsolatedByHandAndVerified(String remedy) {
    ProcessInstance instance = containing("xray-01", "");
    driver.approve(instance, "xray-01: the only X-ray server");
    driver.runJobs(instance);
    driver.as("it-responder");
    complete(task(TASK_ISOLATE_MANUALLY, instance), withVariables("doneByHand", "DONE", "personNotes", "Unplugged"));
    driver.watch(instance);
    driver.recordEvidence(instance);
    driver.cleanse(instance, "it-responder", remedy);
    driver.verify(instance, "CLEAN");
    driver.runJobs(instance);
    return instance;
  }

  @Test
  void aMachineFoundAlreadyIsolatedIsNotRestoredButHandedToAPerson() {
    directory.isolate(new Hostname("ws-01"));
    ProcessInstance instance = driver.watched(containing("ws-01", "jdoe"));
    driver.recordEvidence(instance);
    driver.cleanse(instance, "it-responder", "RE_IMAGED");
    driver.verify(instance, "CLEAN");
    driver.runJobs(instance);

    assertThat(directory.isIsolated("ws-01")).as("left as it was found").isTrue();
    assertThat(instance).isWaitingAt(TASK_RESTORE_MANUALLY, TASK_ASSESS_RISK);
    assertThat(containment.target(instance.getBusinessKey(), TargetKind.MACHINE, "ws-01").status())
        .isEqualTo(TargetStatus.NEEDS_PERSON);
    assertThat(engine.getTaskService().getVariableLocal(task(TASK_RESTORE_MANUALLY, instance).getId(), "whatWasTried")
        .toString()).contains("ISOLATE via ACTIVE_DIRECTORY: ALREADY_DONE")
        .contains("RESTORE via ACTIVE_DIRECTORY: LEFT_AS_IS - found already isolated");
  }

  @Test
  void withoutAnyAdapterEveryTargetGoesToAPerson() {
    Mocks.reset();
    wireWithoutDirectory();
    ProcessInstance instance = containing("ws-01", "jdoe");
    driver.approve(instance, "");
    driver.runJobs(instance);

    assertThat(instance).isWaitingAt(TASK_ISOLATE_MANUALLY, TASK_RESET_MANUALLY, TASK_ASSESS_RISK);
    assertThat(engine.getTaskService().getVariableLocal(task(TASK_ISOLATE_MANUALLY, instance).getId(), "whatWasTried")
        .toString()).contains("No directory or EDR adapter is configured");
  }

  /**
   * Runs the batches' jobs to their end, as the job executor would: the targets they left wait in their own
   * jobs (or tasks) of the per-target subprocesses afterwards.
   */
  private void runBatches(ProcessInstance instance) {
    ManagementService management = engine.getManagementService();
    List<String> batchSteps = List.of(TASK_ISOLATE_MACHINES, TASK_RESET_PASSWORDS, END_EVENT_MACHINE_BATCH_DONE,
        END_EVENT_ACCOUNT_BATCH_DONE);
    List<Job> due;
    while (!(due = batchSteps.stream().flatMap(step -> management.createJobQuery().processInstanceId(instance.getId())
        .activityId(step).executable().list().stream()).toList()).isEmpty()) {
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** The id of the one job waiting at {@code activityId}. */
  private String job(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult().getId();
  }

  /** Reported, confirmed and scoped on record, started at containment while the risk assessment waits. */
  private ProcessInstance containing(String machines, String accounts) {
    return new IncidentAtPhase(engine.getProcessEngine(), incidents).scope(machines, accounts, "TX 300").containing();
  }

  private void wireWithoutDirectory() {
    IdentifyAndAnalyseWiring.register(incidents, new InMemoryRiskAssessmentService(incidents));
    containment = ContainmentWiring.register(incidents, null);
    RecoveryAndReviewWiring.register(incidents, new InMemoryNotificationRecords());
  }
}
