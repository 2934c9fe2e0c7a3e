package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.process.BreachResponseProcess.END_EVENT_INCIDENT_CLOSED;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_INCIDENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLOSE_SECURITY_GAPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_RESTORE_DATA_FROM_BACKUPS;
import static org.breachresponse.process.BreachResponseProcess.TASK_REVIEW_SECURITY_MEASURES;
import static org.breachresponse.process.BreachResponseProcess.TASK_TAKE_DOWN_LEAKED_DATA;
import static org.breachresponse.process.BreachResponseProcess.TIMER_LEAKED_DATA_FOLLOW_UP;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.Incident;
import org.breachresponse.notification.InMemoryNotificationRecords;
import org.breachresponse.process.Phase;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.recovery.DataRestoration;
import org.breachresponse.recovery.LeakedDataCheck;
import org.breachresponse.recovery.LeakedDataOutcome;
import org.breachresponse.recovery.SecurityGap;
import org.breachresponse.recovery.TakedownStatus;
import org.breachresponse.review.RecoveryAndReviewWiring;
import org.breachresponse.review.SecurityReview;
import org.camunda.bpm.engine.IdentityService;
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

/** Recover and fortify, review and close: the fourth and sixth phases, after a contained and cleaned breach. */
@ExtendWith(ProcessesXmlDeployment.class)
class RecoveryAndReviewProcessTest {

  private static final String PASTE_SITE = "https://paste.example.net/a1b2c3";
  private static final String LEAK_SITE = "http://leaks.example.org/practice";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngine.get())
      .build();

  private InMemoryIncidentService incidents;
  private ContainmentWiring containment;
  private RecoveryAndReviewWiring recovery;
  private ResponseDriver driver;

  @BeforeEach
  void wire() {
    incidents = new InMemoryIncidentService();
    IdentifyAndAnalyseWiring.register(incidents, new InMemoryRiskAssessmentService(incidents));
    containment = ContainmentWiring.register(incidents,
        new InMemoryDirectory().withMachines("ws-01", "ws-02").withAccounts("jdoe"));
    recovery = RecoveryAndReviewWiring.register(incidents, new InMemoryNotificationRecords());
    init(engine.getProcessEngine());
    driver = new ResponseDriver(engine.getProcessEngine(), incidents);
    member("officer", "privacy-officer");
    member("owner", "practice-owner");
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    engine.getIdentityService().deleteUser("officer");
    engine.getIdentityService().deleteUser("owner");
  }

  @Test
  void aResponseRunsThroughAllSixPhasesAndClosesWithWhoAndWhen() {
    ProcessInstance instance = recoveredThroughEveryEarlierPhase("ws-01\nws-02");
    IncidentReference reference = IncidentReference.of(instance.getBusinessKey());
    assertThat(incidents.get(reference).phase()).isEqualTo(Phase.RECOVER);
    List<Task> restores = tasks(instance, TASK_RESTORE_DATA_FROM_BACKUPS);
    assertThat(restores).hasSize(2);

    driver.as("it-responder");
    for (Task restore : restores) {
      complete(restore, restoration(null));
    }
    closeGaps(instance, "Remote desktop open to the internet | RDP closed at the firewall; VPN with MFA\n"
        + "Shared reception login | One account per person, 14-character passwords");
    takeDown(instance, "Dark-web monitoring, paste sites", PASTE_SITE + " | appointment list, about 40 rows | "
        + LocalDate.now().minusDays(2) + " | " + LocalDate.now().minusDays(1) + " | REMOVED", "ALL_REMOVED", null);

    assertThat(instance).isWaitingAt(TASK_REVIEW_SECURITY_MEASURES);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(TASK_REVIEW_SECURITY_MEASURES, instance).getId()))
        .extracting(link -> link.getGroupId()).containsExactly("practice-owner");
    assertThat(incidents.get(reference).phase()).isEqualTo(Phase.REVIEW);
    review(instance, "officer");

    assertThat(instance).isWaitingAt(TASK_CLOSE_INCIDENT);
    // Every phase subprocess has ended: the incident reports the last phase it reached until it is closed.
    assertThat(incidents.get(reference).activePhases()).isEmpty();
    assertThat(incidents.get(reference).phase()).isEqualTo(Phase.REVIEW);
    assertThat(incidents.get(reference).hasReached(Phase.ERADICATE)).isTrue();
    driver.as("owner");
    complete(task(TASK_CLOSE_INCIDENT, instance), withVariables("closeConfirmed", true));

    assertThat(instance).hasPassed(END_EVENT_INCIDENT_CLOSED).isEnded();
    Incident incident = incidents.get(reference);
    assertThat(incident.phase()).isEqualTo(Phase.CLOSED);
    assertThat(incident.closedBy()).isEqualTo("owner");
    assertThat(incident.closedAt()).isNotNull();
    assertThat(recovery.recoveryRecords.restorations(reference)).extracting(DataRestoration::system)
        .containsExactlyInAnyOrder("ws-01", "ws-02");
    assertThat(recovery.recoveryRecords.restorations(reference)).allSatisfy(r -> {
      assertThat(r.backupLocation()).isEqualTo("Offline USB disk in the office safe");
      assertThat(r.restoredBy()).isEqualTo("it-responder");
    });
    assertThat(recovery.recoveryRecords.securityGaps(reference)).extracting(SecurityGap::gap)
        .containsExactly("Remote desktop open to the internet", "Shared reception login");
    SecurityReview review = recovery.reviewRecords.review(reference).orElseThrow();
    assertThat(review.privacyOfficer()).isEqualTo("officer");
    assertThat(review.reviewedBy()).isEqualTo("owner");
    assertThat(recovery.audit.entries()).anyMatch(e -> e.contains("REVIEWED owner"))
        .anyMatch(e -> e.contains("DATA_RESTORED it-responder: ws-01"))
        .anyMatch(e -> e.contains("LEAKED_DATA_ALL_REMOVED officer: Looked for leaked data: 1 places found, 1 removed"))
        .noneMatch(e -> e.contains(PASTE_SITE));
    assertThat(ProcessVariables.KEPT).containsAll(
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
            .stream().map(v -> v.getName()).toList());
  }

  @Test
  void leakedDataComesBackEveryWeekUntilEverySiteRemovedIt() {
    ProcessInstance instance = recovering("ws-01");
    String found = LocalDate.now().minusDays(3).toString();
    String requested = LocalDate.now().minusDays(2).toString();
    String places = PASTE_SITE + " | appointment list | " + found + " | " + requested + " | REMOVED\n"
        + LEAK_SITE + " | scanned insurance cards | " + found + " | " + requested + " | REQUESTED";
    takeDown(instance, "Paste sites and the ransomware group's leak site", places, "FOLLOW_UP", null);

    assertThat(instance).isWaitingAt(TIMER_LEAKED_DATA_FOLLOW_UP);
    Job followUp = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(TIMER_LEAKED_DATA_FOLLOW_UP).singleResult();
    assertThat(Duration.between(java.time.Instant.now(), followUp.getDuedate().toInstant()))
        .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
    engine.getManagementService().executeJob(followUp.getId());

    Task again = task(TASK_TAKE_DOWN_LEAKED_DATA, instance);
    String prefilled = (String) engine.getTaskService().getVariable(again.getId(), "leakedDataPlaces");
    assertThat(prefilled.lines()).containsExactly(
        PASTE_SITE + " | appointment list | " + found + " | " + requested + " | REMOVED",
        LEAK_SITE + " | scanned insurance cards | " + found + " | " + requested + " | REQUESTED");
    takeDown(instance, "Leak site again", prefilled.replace("REQUESTED", "REFUSED"), "CLOSED_WITH_REASON",
        "Host ignores requests; counsel advised no further action");

    assertThat(instance).isNotWaitingAt(TASK_TAKE_DOWN_LEAKED_DATA);
    List<LeakedDataCheck> checks = recovery.recoveryRecords.leakedDataChecks(IncidentReference.of(instance.getBusinessKey()));
    assertThat(checks).extracting(LeakedDataCheck::outcome)
        .containsExactly(LeakedDataOutcome.FOLLOW_UP, LeakedDataOutcome.CLOSED_WITH_REASON);
    assertThat(checks.get(1).places()).extracting(p -> p.status())
        .containsExactly(TakedownStatus.REMOVED, TakedownStatus.REFUSED);
    assertThat(checks.get(1).closedReason()).startsWith("Host ignores requests");
  }

  @Test
  void theLeakedDataOutcomeMustFitThePlacesListed() {
    ProcessInstance instance = recovering("ws-01");
    String requested = PASTE_SITE + " | appointment list | " + LocalDate.now().minusDays(1) + " | "
        + LocalDate.now() + " | REQUESTED";

    assertThatThrownBy(() -> takeDown(instance, "Paste sites", requested, "ALL_REMOVED", null))
        .hasMessageContaining("leakedDataOutcome: every listed place must be REMOVED");
    assertThatThrownBy(() -> takeDown(instance, "Paste sites", requested, "CLOSED_WITH_REASON", "no"))
        .hasMessageContaining("leakedDataClosedReason");
    assertThatThrownBy(() -> takeDown(instance, "Paste sites", "ftp://x | a | 2026-01-01 | - | NOT_REQUESTED\n"
        + PASTE_SITE + " | list | 2999-01-01 | - | NOT_REQUESTED\n"
        + PASTE_SITE + " | list | " + LocalDate.now() + " | - | REMOVED", "FOLLOW_UP", null))
        .hasMessageContaining("line 1: URL")
        .hasMessageContaining("line 2: found on: cannot be in the future")
        .hasMessageContaining("line 3: REMOVED needs the date the takedown was requested");
    assertThat(instance).isWaitingAt(TASK_TAKE_DOWN_LEAKED_DATA);
    assertThat(recovery.recoveryRecords.leakedDataChecks(IncidentReference.of(instance.getBusinessKey()))).isEmpty();
  }

  @Test
  void theReviewIsHeldWithAPrivacyOfficerAndEveryPartIsRequired() {
    ProcessInstance instance = recovering("ws-01");
    driver.as("it-responder");
    complete(task(TASK_RESTORE_DATA_FROM_BACKUPS, instance), restoration("Two days of X-ray notes"));
    closeGaps(instance, "No MFA on e-mail | MFA enforced for every mailbox");
    takeDown(instance, "Dark-web monitoring", "", "NOTHING_FOUND", null);

    assertThatThrownBy(() -> review(instance, "owner"))
        .hasMessageContaining("reviewPrivacyOfficer: 'owner' is not a user of the privacy-officer group");
    driver.as("owner");
    assertThatThrownBy(() -> complete(task(TASK_REVIEW_SECURITY_MEASURES, instance),
        withVariables("rootCause", "Phishing", "reviewPrivacyOfficer", "officer")))
        .hasMessageContaining("whatWorked: required").hasMessageContaining("training: required");
    assertThat(instance).isWaitingAt(TASK_REVIEW_SECURITY_MEASURES);
    assertThat(recovery.reviewRecords.review(IncidentReference.of(instance.getBusinessKey()))).isEmpty();

    review(instance, "officer");
    driver.as("owner");
    assertThatThrownBy(() -> complete(task(TASK_CLOSE_INCIDENT, instance), withVariables("closeConfirmed", false)))
        .hasMessageContaining("closeConfirmed");
    assertThat(incidents.get(IncidentReference.of(instance.getBusinessKey())).phase()).isEqualTo(Phase.REVIEW);
    assertThat(recovery.recoveryRecords.restorations(IncidentReference.of(instance.getBusinessKey())).get(0).notRestored())
        .isEqualTo("Two days of X-ray notes");
  }

  @Test
  void aBadRestorationOrGapListIsRefusedWholeWithTheField() {
    ProcessInstance instance = recovering("ws-01");
    driver.as("it-responder");
    Map<String, Object> future = restoration(null);
    future.put("backupTakenOn", LocalDate.now().plusDays(1).toString());
    assertThatThrownBy(() -> complete(task(TASK_RESTORE_DATA_FROM_BACKUPS, instance), future))
        .hasMessageContaining("backupTakenOn: cannot be in the future");
    assertThatThrownBy(() -> closeGaps(instance, "A gap without its change\nOK | fixed"))
        .hasMessageContaining("securityGaps: line 1: write 'the gap | the change that closes it'");
    assertThat(instance).isWaitingAt(TASK_RESTORE_DATA_FROM_BACKUPS, TASK_CLOSE_SECURITY_GAPS);
    assertThat(recovery.recoveryRecords.securityGaps(IncidentReference.of(instance.getBusinessKey()))).isEmpty();
  }

  /**
   * Assessed as needing no notice, contained and cleaned, on record without replaying those phases: started at
   * recovery, its three tasks waiting.
   */
  private ProcessInstance recovering(String machines) {
    ProcessInstance instance = new IncidentAtPhase(engine.getProcessEngine(), incidents)
        .scope(machines, "jdoe", "TX 300").recovering(containment);
    assertThat(instance)
        .isWaitingAt(TASK_RESTORE_DATA_FROM_BACKUPS, TASK_TAKE_DOWN_LEAKED_DATA, TASK_CLOSE_SECURITY_GAPS);
    return instance;
  }

  /** Reported, confirmed, scoped, assessed as needing no notice, contained, cleaned, verified and restored. */
  private ProcessInstance recoveredThroughEveryEarlierPhase(String machines) {
    ProcessInstance instance = driver.scoped(machines, "jdoe");
    driver.as("privacy-officer");
    complete(task(TASK_ASSESS_RISK, instance),
        IdentifyAndAnalyseWiring.assessment("NONE", "LOW", "LOW_PROBABILITY_OF_COMPROMISE"));
    driver.approve(instance, "");
    driver.runJobs(instance);
    driver.watch(instance);
    for (int i = 0; i < machines.lines().count(); i++) {
      driver.recordEvidence(instance);
      driver.cleanse(instance, "it-responder", "CLEANED");
      driver.verify(instance, "CLEAN");
    }
    driver.runJobs(instance);
    assertThat(instance).isWaitingAt(TASK_RESTORE_DATA_FROM_BACKUPS, TASK_TAKE_DOWN_LEAKED_DATA, TASK_CLOSE_SECURITY_GAPS);
    return instance;
  }

  private static Map<String, Object> restoration(String notRestored) {
    Map<String, Object> form = new HashMap<>();
    form.put("backupTakenOn", LocalDate.now().minusDays(5).toString());
    form.put("backupLocation", "Offline USB disk in the office safe");
    form.put("integrityCheck", "Checksums matched; test patient record opened in the practice-management system");
    form.put("notRestored", notRestored);
    return form;
  }

  private void takeDown(ProcessInstance instance, String searched, String places, String outcome, String reason) {
    driver.as("officer");
    Map<String, Object> form = new HashMap<>();
    form.put("leakedDataSearched", searched);
    form.put("leakedDataPlaces", places);
    form.put("leakedDataOutcome", outcome);
    form.put("leakedDataClosedReason", reason);
    complete(task(TASK_TAKE_DOWN_LEAKED_DATA, instance), form);
  }

  private void closeGaps(ProcessInstance instance, String gaps) {
    driver.as("it-responder");
    complete(task(TASK_CLOSE_SECURITY_GAPS, instance), withVariables("securityGaps", gaps));
  }

  private void review(ProcessInstance instance, String privacyOfficer) {
    driver.as("owner");
    complete(task(TASK_REVIEW_SECURITY_MEASURES, instance), withVariables(
        "rootCause", "A phishing e-mail opened at reception installed remote-access malware",
        "whatWorked", "Isolation through the EDR within the hour",
        "whatDidNotWork", "Backups were reachable from the reception PC",
        "policyChanges", "Backups offline; remote access only over VPN with MFA",
        "training", "Phishing training for all staff by the end of next month",
        "reviewPrivacyOfficer", privacyOfficer));
  }

  private List<Task> tasks(ProcessInstance instance, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list();
  }

  private void member(String id, String group) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    if (identity.createUserQuery().userId(id).count() == 0) {
      identity.saveUser(identity.newUser(id));
    }
    identity.createMembership(id, group);
  }
}
