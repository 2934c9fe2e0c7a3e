package org.breachresponse.engine;

/** Ids in {@code bpmn/breach-response.bpmn}; the model test fails when one of them is missing. */
public final class BreachResponseProcess {

  public static final String KEY = "breachResponse";

  public static final String START_EVENT_BREACH_REPORTED = "StartEvent_BreachReported";
  public static final String TASK_RECORD_REPORT = "Task_RecordReport";
  public static final String TASK_CONFIRM_BREACH = "Task_ConfirmBreach";
  public static final String GATEWAY_IS_BREACH_CONFIRMED = "Gateway_IsBreachConfirmed";
  public static final String END_EVENT_FALSE_ALARM = "EndEvent_FalseAlarm";
  public static final String TASK_SCOPE_BREACH = "Task_ScopeBreach";
  public static final String TASK_ASSESS_RISK = "Task_AssessRisk";
  public static final String END_EVENT_RISK_ASSESSED = "EndEvent_RiskAssessed";
  public static final String TASK_APPROVE_CONTAINMENT = "Task_ApproveContainment";
  public static final String SUB_PROCESS_ISOLATE_MACHINE = "SubProcess_IsolateMachine";
  public static final String TASK_ISOLATE_MACHINE = "Task_IsolateMachine";
  public static final String TASK_ISOLATE_MANUALLY = "Task_IsolateManually";
  public static final String SUB_PROCESS_RESET_ACCOUNT = "SubProcess_ResetAccount";
  public static final String TASK_RESET_PASSWORD = "Task_ResetPassword";
  public static final String TASK_RESET_MANUALLY = "Task_ResetManually";
  public static final String TASK_WATCH_ENTRY_AND_EXIT_POINTS = "Task_WatchEntryAndExitPoints";
  public static final String SUB_PROCESS_REMOVE_THREAT = "SubProcess_RemoveThreat";
  public static final String TASK_RECORD_EVIDENCE = "Task_RecordEvidence";
  public static final String TASK_CLEANSE_MACHINE = "Task_CleanseMachine";
  public static final String TASK_VERIFY_MACHINE_CLEAN = "Task_VerifyMachineClean";
  public static final String TASK_RESTORE_MACHINE = "Task_RestoreMachine";
  public static final String TASK_RESTORE_MANUALLY = "Task_RestoreManually";
  public static final String TASK_RETIRE_MACHINE = "Task_RetireMachine";
  public static final String END_EVENT_MACHINE_ISOLATED = "EndEvent_MachineIsolated";
  public static final String END_EVENT_PASSWORD_RESET = "EndEvent_PasswordReset";
  public static final String END_EVENT_MACHINE_RESTORED = "EndEvent_MachineRestored";
  public static final String END_EVENT_MACHINE_RETIRED = "EndEvent_MachineRetired";
  public static final String END_EVENT_THREAT_REMOVED = "EndEvent_ThreatRemoved";

  private BreachResponseProcess() {
  }
}
