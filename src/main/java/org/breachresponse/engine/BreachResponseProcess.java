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
  public static final String TASK_CONTAIN_BREACH = "Task_ContainBreach";
  public static final String END_EVENT_CONTAINMENT_RECORDED = "EndEvent_ContainmentRecorded";

  private BreachResponseProcess() {
  }
}
