package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.breachresponse.process.BreachResponseProcess.END_EVENT_FALSE_ALARM;
import static org.breachresponse.process.BreachResponseProcess.GATEWAY_NOTIFICATIONS_SETTLED;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_RECORD_REPORT;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.breachresponse.assessment.AssessmentOutcome;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.containment.InMemoryDirectory;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.TriageDecision;
import org.breachresponse.incident.UsJurisdiction;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.Phase;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.breachresponse.process.IncidentReference;

/**
 * Every path of the identify-and-analyse phase, driven through the engine as the Tasklist drives it:
 * the start form's variables, then each task's form values, completed by the role that owns it.
 */
@ExtendWith(ProcessesXmlDeployment.class)
class BreachResponseProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngine.get())
      .build();

  private InMemoryIncidentService incidents;
  private InMemoryRiskAssessmentService assessments;

  @BeforeEach
  void wireListeners() {
    incidents = new InMemoryIncidentService();
    assessments = new InMemoryRiskAssessmentService(incidents);
    IdentifyAndAnalyseWiring.register(incidents, assessments);
    ContainmentWiring.register(incidents, new InMemoryDirectory());
    init(engine.getProcessEngine());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void reportBecomesAnIncidentWaitingForItResponder() {
    ProcessInstance instance = report();

    assertThat(instance).hasPassed(TASK_RECORD_REPORT).isWaitingAt(TASK_CONFIRM_BREACH);
    assertThat(task(instance)).hasCandidateGroup("it-responder").hasName("Confirm the breach");
    Incident incident = incidents.get(IncidentReference.of(instance.getBusinessKey()));
    assertThat(incident.recordedBy()).isEqualTo("front-desk");
    assertThat(incident.phase()).isEqualTo(Phase.IDENTIFY);
    assertThat(engine.getRuntimeService().getVariables(instance.getId()))
        .containsOnlyKeys(ProcessVariables.INCIDENT_REFERENCE);
  }

  @Test
  void falseAlarmEndsTheProcessAndClosesTheIncidentOnRecord() {
    ProcessInstance instance = report();

    as("it-responder");
    complete(task(instance), withVariables("triageDecision", "FALSE_ALARM", "triageReason", "A Windows update rebooted the PCs"));

    assertThat(instance).isEnded().hasPassed(END_EVENT_FALSE_ALARM).hasNotPassed(TASK_SCOPE_BREACH);
    Incident incident = incidents.get(IncidentReference.of(instance.getBusinessKey()));
    assertThat(incident.triageDecision()).isEqualTo(TriageDecision.FALSE_ALARM);
    assertThat(incident.triagedBy()).isEqualTo("it-responder");
    assertThat(incident.phase()).isEqualTo(Phase.CLOSED);
  }

  @Test
  void confirmedBreachIsContainedWhileThePrivacyOfficerAssessesTheRisk() {
    ProcessInstance instance = reportAndConfirm();

    as("it-responder");
    complete(task(instance), scope("fd-pc-01\nxray-01.practice.local", "mlopez\nfrontdesk", "TX 300\nfl 12", false));

    assertThat(instance).isWaitingAt(TASK_ASSESS_RISK, TASK_APPROVE_CONTAINMENT);
    assertThat(task(TASK_ASSESS_RISK, instance)).hasCandidateGroup("privacy-officer");
    assertThat(task(TASK_APPROVE_CONTAINMENT, instance)).hasCandidateGroup("it-responder");
    Incident incident = incidents.get(IncidentReference.of(instance.getBusinessKey()));
    assertThat(incident.phase()).isEqualTo(Phase.CONTAIN);
    assertThat(incident.activePhases()).containsExactly(Phase.IDENTIFY, Phase.CONTAIN);
    assertThat(incident.affectedMachines()).extracting(m -> m.hostname()).containsExactly("fd-pc-01", "xray-01.practice.local");
    assertThat(incident.affectedPopulations()).extracting(p -> p.jurisdiction()).containsExactly(UsJurisdiction.FL, UsJurisdiction.TX);
    assertThat(incident.totalIndividuals()).isEqualTo(312);

    as("privacy-officer");
    complete(task(TASK_ASSESS_RISK, instance), IdentifyAndAnalyseWiring.assessment("NONE", "HIGH", "NOTIFIABLE_BREACH"));
    assertThat(instance).isWaitingAt(BreachResponseProcess.TASK_DERIVE_OBLIGATIONS, TASK_APPROVE_CONTAINMENT)
        .variables().containsEntry(ProcessVariables.IS_NOTIFIABLE, true);
    assertThat(assessments.recorded()).extracting(a -> a.outcome()).containsExactly(AssessmentOutcome.NOTIFIABLE_BREACH);

    // Notifying while containing: the most advanced running phase is reported.
    assertThat(incidents.get(IncidentReference.of(instance.getBusinessKey())).phase()).isEqualTo(Phase.NOTIFY);
    assertThat(incidents.get(IncidentReference.of(instance.getBusinessKey())).activePhases()).containsExactly(Phase.CONTAIN, Phase.NOTIFY);
  }

  @Test
  void lowProbabilityOfCompromiseIsNotNotifiable() {
    ProcessInstance instance = reportAndConfirm();
    as("it-responder");
    complete(task(instance), scope("fd-pc-01", "", "TX 3", false));

    as("privacy-officer");
    complete(task(TASK_ASSESS_RISK, instance), IdentifyAndAnalyseWiring.assessment("NONE", "LOW", "LOW_PROBABILITY_OF_COMPROMISE"));

    assertThat(instance).hasPassed(GATEWAY_NOTIFICATIONS_SETTLED).variables().containsEntry(ProcessVariables.IS_NOTIFIABLE, false);
  }

  @Test
  void refusedStartFormNamesFieldsByTheirLabels() {
    as("front-desk");
    Map<String, Object> form = new HashMap<>();
    form.put("reportedBy", "Maria");
    form.put("discoveryDate", LocalDate.now().plusDays(3).toString());
    form.put("description", "Odd fax");

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, form))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Date the breach was discovered: must be a date in the past or in the present")
        .hasMessageContaining("Signs observed");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void badHostNameKeepsScopeTaskOpenAndNamesTheLine() {
    ProcessInstance instance = reportAndConfirm();
    as("it-responder");
    String taskId = task(instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, scope("fd-pc-01\n*)(objectClass=*", "", "TX 3", false)))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .rootCause().hasMessageContaining("affectedMachines: line 2");

    assertThat(instance).isWaitingAt(TASK_SCOPE_BREACH);
    assertThat(incidents.get(IncidentReference.of(instance.getBusinessKey())).affectedMachines()).isEmpty();
  }

  @Test
  void assessmentContradictingTheScopeIsRefused() {
    ProcessInstance instance = reportAndConfirm();
    as("it-responder");
    complete(task(instance), scope("fd-pc-01", "", "TX 3", false));
    as("privacy-officer");
    String taskId = task(TASK_ASSESS_RISK, instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, IdentifyAndAnalyseWiring.assessment("NONE", "LOW", "PHI_SECURED")))
        .rootCause().hasMessageContaining("not record the data as encrypted");
    assertThat(instance).isWaitingAt(TASK_ASSESS_RISK, TASK_APPROVE_CONTAINMENT);
  }

  @Test
  void aNotifiableBreachWhoseScopeNamedNoDataNeedsTheTypesInTheRiskAssessment() {
    ProcessInstance instance = scopedWithoutDataTypes();
    IncidentReference reference = IncidentReference.of(instance.getBusinessKey());
    assertThat(incidents.get(reference).dataTypes()).isEmpty();
    as("privacy-officer");
    String taskId = task(TASK_ASSESS_RISK, instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
        IdentifyAndAnalyseWiring.assessment("NONE", "HIGH", "NOTIFIABLE_BREACH")))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dataTypes: tick the types of information involved");
    assertThat(instance).isWaitingAt(TASK_ASSESS_RISK, TASK_APPROVE_CONTAINMENT);
    assertThat(assessments.recorded()).isEmpty();

    Map<String, Object> withTypes = new HashMap<>(IdentifyAndAnalyseWiring.assessment("NONE", "HIGH", "NOTIFIABLE_BREACH"));
    withTypes.put("dataSocialSecurityNumbers", true);
    withTypes.put("dataInsuranceIds", true);
    complete(task(TASK_ASSESS_RISK, instance), withTypes);

    assertThat(incidents.get(reference).dataTypes())
        .containsExactlyInAnyOrder(DataType.SOCIAL_SECURITY_NUMBERS, DataType.INSURANCE_IDS);
    assertThat(instance).isWaitingAt(BreachResponseProcess.TASK_DERIVE_OBLIGATIONS, TASK_APPROVE_CONTAINMENT);
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys(
        "dataSocialSecurityNumbers", "dataInsuranceIds");
  }

  @Test
  void aBreachFoundNotNotifiableNeedsNoDataTypes() {
    ProcessInstance instance = scopedWithoutDataTypes();
    as("privacy-officer");

    complete(task(TASK_ASSESS_RISK, instance), IdentifyAndAnalyseWiring.assessment("NONE", "LOW", "LOW_PROBABILITY_OF_COMPROMISE"));

    assertThat(instance).hasPassed(GATEWAY_NOTIFICATIONS_SETTLED);
    assertThat(incidents.get(IncidentReference.of(instance.getBusinessKey())).dataTypes()).isEmpty();
  }

  @Test
  void formValuesLeaveNoTraceInProcessVariablesOrHistory() {
    ProcessInstance instance = reportAndConfirm();
    as("it-responder");
    complete(task(instance), scope("fd-pc-01", "mlopez", "TX 3", false));
    as("privacy-officer");
    complete(task(TASK_ASSESS_RISK, instance), IdentifyAndAnalyseWiring.assessment("NONE", "HIGH", "NOTIFIABLE_BREACH"));

    // This engine runs without practices, so no practice name is set; the server's incidents have one.
    List<String> kept = ProcessVariables.KEPT.stream().filter(name -> !name.equals(ProcessVariables.PRACTICE_NAME)).toList();
    assertThat(engine.getRuntimeService().getVariables(instance.getId()))
        .containsOnlyKeys(kept.toArray(String[]::new));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrderElementsOf(kept);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).list())
        .allSatisfy(detail -> assertThat(ProcessVariables.KEPT).contains(
            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()));
  }

  @Test
  void formsSubmittedAsTheTasklistDoesLeaveNoFieldValueInHistory() {
    as("front-desk");
    Map<String, Object> start = new HashMap<>();
    start.put("reportedBy", "Maria, reception");
    start.put("discoveryDate", LocalDate.now().toString());
    start.put("signModifiedData", true);
    start.put("description", "Chart of patient Jane Roe edited at night");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(BreachResponseProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance instance = engine.getFormService().submitStartForm(definitionId, start);
    as("it-responder");
    engine.getFormService().submitTaskForm(task(instance).getId(),
        withVariables("triageDecision", "CONFIRMED", "triageReason", "Jane Roe's chart was altered"));

    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
        .formFields().count()).as("form field values in ACT_HI_DETAIL").isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).list())
        .allSatisfy(detail -> assertThat(ProcessVariables.KEPT).contains(
            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()));
  }

  private ProcessInstance report() {
    as("front-desk");
    Map<String, Object> form = new HashMap<>();
    form.put("reportedBy", "Maria, reception");
    form.put("discoveryDate", LocalDate.now().minusDays(1).toString());
    form.put("signUnusualNetworkActivity", true);
    form.put("signStrangeMessagesToUsers", true);
    form.put("description", "A ransom note on the reception PC");
    return engine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, form);
  }

  private ProcessInstance reportAndConfirm() {
    ProcessInstance instance = report();
    as("it-responder");
    complete(task(instance), withVariables("triageDecision", "CONFIRMED", "triageReason", "Ransomware note and encrypted files"));
    assertThat(instance).isWaitingAt(TASK_SCOPE_BREACH);
    return instance;
  }

  /** Confirmed and scoped with no type of information ticked. */
  private ProcessInstance scopedWithoutDataTypes() {
    ProcessInstance instance = reportAndConfirm();
    as("it-responder");
    Map<String, Object> noDataTypes = scope("fd-pc-01", "", "TX 3", false);
    noDataTypes.remove("dataNames");
    noDataTypes.remove("dataDentalImages");
    complete(task(instance), noDataTypes);
    return instance;
  }

  private static Map<String, Object> scope(String machines, String accounts, String states, boolean encrypted) {
    Map<String, Object> form = new HashMap<>();
    form.put("affectedMachines", machines);
    form.put("compromisedAccounts", accounts);
    form.put("dataNames", true);
    form.put("dataDentalImages", true);
    form.put("howItHappened", "Phishing e-mail opened at reception");
    form.put("affectedIndividualsByState", states);
    form.put("dataEncryptedKeySafe", encrypted);
    return form;
  }

  private void as(String userId) {
    engine.getIdentityService().setAuthenticatedUserId(userId);
  }
}
