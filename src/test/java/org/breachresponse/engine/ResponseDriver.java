package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CLEANSE_MACHINE;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_EVIDENCE;
import static org.breachresponse.process.BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN;
import static org.breachresponse.process.BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.Phase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.breachresponse.process.IncidentReference;

/**
 * Drives an incident as the Tasklist's users and the job executor would, for engine tests: step by step through
 * identification and containment, or along a {@link Course} that answers every task of the model.
 */
final class ResponseDriver {

  static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final ProcessEngine engine;
  private final InMemoryIncidentService incidents;
  private Consumer<ProcessInstance> beforeStep = instance -> { };

  ResponseDriver(ProcessEngine engine, InMemoryIncidentService incidents) {
    this.engine = engine;
    this.incidents = incidents;
  }

  /** What happens before each {@link #step}: nothing, unless a test stands in for code of an earlier release. */
  void beforeEachStep(Consumer<ProcessInstance> action) {
    beforeStep = action;
  }

  ProcessInstance scoped(String machines, String accounts) {
    as("front-desk");
    Map<String, Object> report = new HashMap<>();
    report.put("reportedBy", "Maria, reception");
    report.put("discoveryDate", LocalDate.now().minusDays(1).toString());
    report.put("signUnusualNetworkActivity", true);
    report.put("description", "A ransom note on the reception PC");
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, report);
    as("it-responder");
    complete(task(instance), withVariables("triageDecision", "CONFIRMED", "triageReason", "Ransom note"));
    Map<String, Object> scope = new HashMap<>();
    scope.put("affectedMachines", machines);
    scope.put("compromisedAccounts", accounts);
    scope.put("dataNames", true);
    scope.put("howItHappened", "Phishing e-mail opened at reception");
    scope.put("affectedIndividualsByState", "TX 300");
    scope.put("dataEncryptedKeySafe", false);
    complete(task(instance), scope);
    assertThat(instance).isWaitingAt(TASK_APPROVE_CONTAINMENT, TASK_ASSESS_RISK);
    return instance;
  }

  void approve(ProcessInstance instance, String holdBack) {
    as("it-responder");
    complete(task(TASK_APPROVE_CONTAINMENT, instance), withVariables("holdBack", holdBack));
  }

  /** Approves the containment of an incident waiting for it, as scoping leaves it, and runs every job. */
  ProcessInstance contained(ProcessInstance instance) {
    approve(instance, "");
    runJobs(instance);
    assertThat(instance).isWaitingAt(TASK_WATCH_ENTRY_AND_EXIT_POINTS, TASK_ASSESS_RISK);
    return instance;
  }

  /** Contains an incident waiting for approval, as scoping leaves it, and watches its entry and exit points. */
  ProcessInstance watched(ProcessInstance instance) {
    contained(instance);
    watch(instance);
    assertThat(incidents.get(IncidentReference.of(instance.getBusinessKey())).phase()).isEqualTo(Phase.ERADICATE);
    return instance;
  }

  void watch(ProcessInstance instance) {
    as("it-responder");
    complete(task(TASK_WATCH_ENTRY_AND_EXIT_POINTS, instance), withVariables("firewallAndVpnLogsReviewed", true,
        "remoteAccessRevoked", true, "backupsDisconnected", true));
  }

  void recordEvidence(ProcessInstance instance) {
    as("it-responder");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_RECORD_EVIDENCE).listPage(0, 1).get(0);
    complete(task, withVariables("evidenceItems", "Memory capture of the PC | " + SHA + " | Office safe, bag 17",
        "collectedBy", "Sam Lee, IT provider", "collectedAt", "2026-12-01T14:30-06:00[America/Chicago]"));
  }

  void cleanse(ProcessInstance instance, String user, String remedy) {
    as(user);
    complete(task(TASK_CLEANSE_MACHINE, instance), withVariables("scanResult", "Defender full scan: clean after removal",
        "remedy", remedy, "attackerTools", ""));
  }

  void verify(ProcessInstance instance, String result) {
    as("it-responder-2");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_VERIFY_MACHINE_CLEAN).listPage(0, 1).get(0);
    complete(task, withVariables("machineClean", result, "verificationNotes", "Second scan by another responder"));
  }

  List<Job> jobs(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
  }

  /** Runs every due job of the instance, as the job executor would, until none is left. */
  void runJobs(ProcessInstance instance) {
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .executable().list()).isEmpty()) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** Reports a breach on the given definition, as the front desk would, discovered the given number of days ago. */
  ProcessInstance report(String definitionId, Course course) {
    as("front-desk");
    Map<String, Object> report = new HashMap<>();
    report.put("reportedBy", "Maria, reception");
    report.put("discoveryDate", LocalDate.now(ZoneOffset.UTC).minusDays(course.discoveredDaysAgo()).toString());
    report.put("signUnusualNetworkActivity", true);
    report.put("description", "A ransom note on the reception PC");
    return engine.getRuntimeService().startProcessInstanceById(definitionId, report);
  }

  /**
   * Takes one step of the incident as its staff and the job executor would: a due or asynchronous job first, then
   * an open task answered along the course, then a timer fired early. False when nothing is left to do.
   */
  boolean step(ProcessInstance instance, Course course) {
    beforeStep.accept(instance);
    List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .executable().list();
    if (!due.isEmpty()) {
      engine.getManagementService().executeJob(due.get(0).getId());
      return true;
    }
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .orderByTaskCreateTime().asc().list();
    if (!open.isEmpty()) {
      answer(open.get(0), course);
      return true;
    }
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .orderByJobDuedate().asc().list();
    if (!timers.isEmpty()) {
      engine.getManagementService().executeJob(timers.get(0).getId());
      return true;
    }
    return false;
  }

  /** Steps the incident until it waits at the activity (a task, a timer, an asynchronous job); fails if it never does. */
  void advanceTo(ProcessInstance instance, String activityId, Course course) {
    for (int steps = 0; steps < 200; steps++) {
      if (isWaitingAt(instance, activityId)) {
        return;
      }
      if (!step(instance, course)) {
        break;
      }
    }
    throw new AssertionError("The incident never waited at " + activityId + " on " + course);
  }

  /** Steps the incident until it has ended; fails if it gets stuck on the way. */
  void finish(ProcessInstance instance, Course course) {
    for (int steps = 0; steps < 300; steps++) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0) {
        return;
      }
      if (!step(instance, course)) {
        throw new AssertionError("The incident is stuck at " + engine.getRuntimeService()
            .getActiveActivityIds(instance.getId()));
      }
    }
    throw new AssertionError("The incident did not end within 300 steps on " + course);
  }

  /** Whether a job of the activity is pending or an instance of it (a task, a token at a join) is in the tree. */
  boolean isWaitingAt(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .count() > 0 || contains(engine.getRuntimeService().getActivityInstance(instance.getId()), activityId);
  }

  private static boolean contains(ActivityInstance tree, String activityId) {
    if (tree == null) {
      return false;
    }
    if (activityId.equals(tree.getActivityId())) {
      return true;
    }
    for (ActivityInstance child : tree.getChildActivityInstances()) {
      if (contains(child, activityId)) {
        return true;
      }
    }
    return false;
  }

  /** Completes the task as the role that works on it would, with the answers the course asks for. */
  void answer(Task task, Course course) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate discovered = today.minusDays(course.discoveredDaysAgo());
    Map<String, Object> form = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case BreachResponseProcess.TASK_CONFIRM_BREACH -> {
        as("it-responder");
        form.put("triageDecision", "CONFIRMED");
        form.put("triageReason", "Ransom note");
      }
      case BreachResponseProcess.TASK_SCOPE_BREACH -> {
        as("it-responder");
        form.put("affectedMachines", "ws-01");
        form.put("compromisedAccounts", "jdoe");
        form.put("dataNames", true);
        form.put("howItHappened", "Phishing e-mail opened at reception");
        form.put("affectedIndividualsByState", "TX 20");
        form.put("dataEncryptedKeySafe", false);
      }
      case BreachResponseProcess.TASK_ASSESS_RISK -> {
        as("officer");
        form.putAll(course.notifiable()
            ? IdentifyAndAnalyseWiring.assessment("NONE", "HIGH", "NOTIFIABLE_BREACH")
            : IdentifyAndAnalyseWiring.assessment("NONE", "LOW", "LOW_PROBABILITY_OF_COMPROMISE"));
      }
      case BreachResponseProcess.TASK_APPROVE_CONTAINMENT -> {
        as("it-responder");
        form.put("holdBack", "");
      }
      case BreachResponseProcess.TASK_ISOLATE_MANUALLY, BreachResponseProcess.TASK_RESET_MANUALLY,
          BreachResponseProcess.TASK_RESTORE_MANUALLY -> {
        as("it-responder");
        form.put("doneByHand", "DONE");
        form.put("personNotes", "Done at the machine");
      }
      case BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS -> {
        as("it-responder");
        form.put("firewallAndVpnLogsReviewed", true);
        form.put("remoteAccessRevoked", true);
        form.put("backupsDisconnected", true);
      }
      case BreachResponseProcess.TASK_RECORD_EVIDENCE -> {
        as("it-responder");
        form.put("evidenceItems", "Memory capture of the PC | " + SHA + " | Office safe, bag 17");
        form.put("collectedBy", "Sam Lee, IT provider");
        form.put("collectedAt", "2026-12-01T14:30-06:00[America/Chicago]");
      }
      case BreachResponseProcess.TASK_CLEANSE_MACHINE -> {
        as("it-responder");
        form.put("scanResult", "Defender full scan: clean after removal");
        form.put("remedy", course.remedy());
        form.put("attackerTools", "");
      }
      case BreachResponseProcess.TASK_VERIFY_MACHINE_CLEAN -> {
        as("it-responder-2");
        form.put("machineClean", "CLEAN");
        form.put("verificationNotes", "Second scan by another responder");
      }
      case BreachResponseProcess.TASK_PLAN_NOTIFICATIONS -> {
        as("officer");
        form.put("letterWhatHappened", "Someone broke into the computer at our front desk.");
        form.put("letterWhatWeAreDoing", "We took the computer off the network and changed every password.");
      }
      case BreachResponseProcess.TASK_SEND_NOTICE -> {
        as("officer");
        form.put("sentOn", today.toString());
        form.put("method", "First-class mail");
        form.put("proof", "Batch 1");
        form.put("withoutUsableContact", course.unreachable());
      }
      case BreachResponseProcess.TASK_HANDLE_OVERDUE_NOTIFICATION -> {
        as("owner");
        form.put("ownerAction", "Called the officer; letters go out today");
      }
      case BreachResponseProcess.TASK_START_SUBSTITUTE_NOTICE -> {
        as("officer");
        form.put("webPosting", "https://smiles.example/notice");
        form.put("tollFreeNumber", "1-800-555-0100");
        form.put("startedOn", discovered.plusDays(1).toString());
      }
      case BreachResponseProcess.TASK_END_WEB_POSTING, BreachResponseProcess.TASK_CLOSE_TOLL_FREE_LINE -> {
        as("officer");
        form.put("endedOn", today.toString());
      }
      case BreachResponseProcess.TASK_RESTORE_DATA_FROM_BACKUPS -> {
        as("it-responder");
        form.put("backupTakenOn", today.minusDays(5).toString());
        form.put("backupLocation", "Offline USB disk in the office safe");
        form.put("integrityCheck", "Checksums matched; test patient record opened");
        form.put("notRestored", null);
      }
      case BreachResponseProcess.TASK_TAKE_DOWN_LEAKED_DATA -> {
        as("officer");
        Object earlier = engine.getTaskService().getVariable(task.getId(), "leakedDataPlaces");
        form.put("leakedDataSearched", "Paste sites");
        form.put("leakedDataClosedReason", null);
        if (earlier != null && !earlier.toString().isBlank()) {
          form.put("leakedDataPlaces", earlier.toString().replace("REQUESTED", "REMOVED"));
          form.put("leakedDataOutcome", "ALL_REMOVED");
        } else if (course.leakedDataFollowUp()) {
          form.put("leakedDataPlaces", "https://paste.example.net/a1b2c3 | appointment list | "
              + today.minusDays(2) + " | " + today.minusDays(1) + " | REQUESTED");
          form.put("leakedDataOutcome", "FOLLOW_UP");
        } else {
          form.put("leakedDataPlaces", "");
          form.put("leakedDataOutcome", "NOTHING_FOUND");
        }
      }
      case BreachResponseProcess.TASK_CLOSE_SECURITY_GAPS -> {
        as("it-responder");
        form.put("securityGaps", "No MFA on e-mail | MFA enforced for every mailbox");
      }
      case BreachResponseProcess.TASK_REVIEW_SECURITY_MEASURES -> {
        as("owner");
        form.put("rootCause", "A phishing e-mail opened at reception installed remote-access malware");
        form.put("whatWorked", "Isolation within the hour");
        form.put("whatDidNotWork", "Backups were reachable from the reception PC");
        form.put("policyChanges", "Backups offline");
        form.put("training", "Phishing training for all staff");
        form.put("reviewPrivacyOfficer", "officer");
      }
      case BreachResponseProcess.TASK_CLOSE_INCIDENT -> {
        as("owner");
        form.put("closeConfirmed", true);
      }
      default -> throw new AssertionError("No answer for task " + task.getTaskDefinitionKey()
          + ": teach ResponseDriver.answer the new task");
    }
    engine.getTaskService().complete(task.getId(), form);
  }

  void as(String userId) {
    engine.getIdentityService().setAuthenticatedUserId(userId);
  }
}
