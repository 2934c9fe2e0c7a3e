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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.Phase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.breachresponse.process.IncidentReference;

/** Drives an incident through identification and containment as the Tasklist's users would, for engine tests. */
final class ResponseDriver {

  static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final ProcessEngine engine;
  private final InMemoryIncidentService incidents;

  ResponseDriver(ProcessEngine engine, InMemoryIncidentService incidents) {
    this.engine = engine;
    this.incidents = incidents;
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

  ProcessInstance contained(String machines) {
    ProcessInstance instance = scoped(machines, "jdoe");
    approve(instance, "");
    runJobs(instance);
    assertThat(instance).isWaitingAt(TASK_WATCH_ENTRY_AND_EXIT_POINTS, TASK_ASSESS_RISK);
    return instance;
  }

  ProcessInstance watched(String machines) {
    ProcessInstance instance = contained(machines);
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

  void as(String userId) {
    engine.getIdentityService().setAuthenticatedUserId(userId);
  }
}
