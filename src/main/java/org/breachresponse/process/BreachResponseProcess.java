package org.breachresponse.process;

/** Ids in {@code bpmn/breach-response.bpmn}; the model test fails when one of them is missing. */
public final class BreachResponseProcess {

  public static final String KEY = "breachResponse";

  /** The six phases, each a collapsed embedded subprocess with a lane per role. */
  public static final String PHASE_IDENTIFY_AND_ANALYSE = "Phase_IdentifyAndAnalyse";
  public static final String PHASE_CONTAIN = "Phase_Contain";
  public static final String PHASE_REMOVE_THREAT = "Phase_RemoveThreat";
  public static final String PHASE_RECOVER_AND_FORTIFY = "Phase_RecoverAndFortify";
  public static final String PHASE_NOTIFY = "Phase_Notify";
  public static final String PHASE_REVIEW = "Phase_Review";
  /** Thrown in the identify phase once the scope is recorded; caught on the phase to start containment. */
  public static final String EVENT_SCOPE_KNOWN = "Event_ScopeKnown";
  public static final String EVENT_CONTAIN_NOW = "Event_ContainNow";
  public static final String ESCALATION_SCOPE_KNOWN = "Escalation_ScopeKnown";
  public static final String END_EVENT_NO_BREACH = "EndEvent_NoBreach";
  public static final String GATEWAY_WAS_BREACH_CONFIRMED = "Gateway_WasBreachConfirmed";
  /** The start and end events inside the phases (new in version 2). */
  public static final String START_EVENT_IDENTIFY_AND_ANALYSE = "StartEvent_IdentifyAndAnalyse";
  public static final String END_EVENT_CONTAINMENT_STARTED = "EndEvent_ContainmentStarted";
  public static final String END_EVENT_RISK_ASSESSED = "EndEvent_RiskAssessed";
  public static final String START_EVENT_CONTAIN = "StartEvent_Contain";
  public static final String END_EVENT_CONTAINED = "EndEvent_Contained";
  public static final String START_EVENT_REMOVE_THREAT = "StartEvent_RemoveThreat";
  public static final String END_EVENT_READY_TO_RECOVER = "EndEvent_ReadyToRecover";
  public static final String START_EVENT_RECOVER_AND_FORTIFY = "StartEvent_RecoverAndFortify";
  public static final String END_EVENT_RECOVERED_AND_FORTIFIED = "EndEvent_RecoveredAndFortified";
  public static final String START_EVENT_NOTIFY = "StartEvent_Notify";
  public static final String END_EVENT_NOTIFIED = "EndEvent_Notified";
  public static final String START_EVENT_REVIEW = "StartEvent_Review";
  public static final String END_EVENT_REVIEWED = "EndEvent_Reviewed";

  public static final String START_EVENT_BREACH_REPORTED = "StartEvent_BreachReported";
  /**
   * Alerts (issue 17): thrown in the identify phase when the report is recorded and when it is triaged, caught on
   * the phase, where each alert is delivered as a job per channel without holding up the phase.
   */
  public static final String EVENT_BREACH_REPORTED = "Event_BreachReported";
  public static final String EVENT_ALERT_RESPONDERS = "Event_AlertResponders";
  public static final String TASK_ALERT_RESPONDERS = "Task_AlertResponders";
  public static final String END_EVENT_RESPONDERS_ALERTED = "EndEvent_RespondersAlerted";
  public static final String ESCALATION_BREACH_REPORTED = "Escalation_BreachReported";
  public static final String EVENT_BREACH_TRIAGED = "Event_BreachTriaged";
  public static final String EVENT_SETTLE_ALERT = "Event_SettleAlert";
  public static final String TASK_RESOLVE_ALERT = "Task_ResolveAlert";
  public static final String END_EVENT_ALERT_RESOLVED = "EndEvent_AlertResolved";
  public static final String ESCALATION_BREACH_TRIAGED = "Escalation_BreachTriaged";
  /**
   * A response-time target passed (issue 17): each early step's task has a non-interrupting timer at its due date,
   * which throws the step's escalation; the phase's boundary catches it and a subprocess at the process level alerts
   * the step's group, the owners and the escalation contact, and gives the owner {@code Overdue response step}.
   */
  public static final String SUB_PROCESS_ESCALATE_LATE_STEP = "SubProcess_EscalateLateStep";
  public static final String TIMER_CONFIRM_BREACH_TARGET = "Timer_ConfirmBreachTarget";
  public static final String TIMER_SCOPE_BREACH_TARGET = "Timer_ScopeBreachTarget";
  public static final String TIMER_APPROVE_CONTAINMENT_TARGET = "Timer_ApproveContainmentTarget";
  public static final String TIMER_ISOLATE_MANUALLY_TARGET = "Timer_IsolateManuallyTarget";
  public static final String TIMER_RESET_MANUALLY_TARGET = "Timer_ResetManuallyTarget";
  public static final String TASK_ALERT_LATE_STEP = "Task_AlertLateStep";
  public static final String TASK_HANDLE_OVERDUE_RESPONSE = "Task_HandleOverdueResponse";
  public static final String TASK_RECORD_REPORT = "Task_RecordReport";
  public static final String TASK_CONFIRM_BREACH = "Task_ConfirmBreach";
  public static final String GATEWAY_IS_BREACH_CONFIRMED = "Gateway_IsBreachConfirmed";
  public static final String END_EVENT_FALSE_ALARM = "EndEvent_FalseAlarm";
  public static final String TASK_SCOPE_BREACH = "Task_ScopeBreach";
  public static final String TASK_ASSESS_RISK = "Task_AssessRisk";
  public static final String TASK_APPROVE_CONTAINMENT = "Task_ApproveContainment";
  public static final String SUB_PROCESS_ISOLATE_MACHINES = "SubProcess_IsolateMachines";
  public static final String TASK_ISOLATE_MACHINES = "Task_IsolateMachines";
  public static final String END_EVENT_MACHINE_BATCH_DONE = "EndEvent_MachineBatchDone";
  public static final String SUB_PROCESS_RESET_ACCOUNTS = "SubProcess_ResetAccounts";
  public static final String TASK_RESET_PASSWORDS = "Task_ResetPasswords";
  public static final String END_EVENT_ACCOUNT_BATCH_DONE = "EndEvent_AccountBatchDone";
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
  public static final String EVENT_THREAT_REMOVED = "Event_ThreatRemoved";
  public static final String GATEWAY_IS_NOTIFIABLE = "Gateway_IsNotifiable";
  public static final String TASK_DERIVE_OBLIGATIONS = "Task_DeriveObligations";
  public static final String TASK_PLAN_NOTIFICATIONS = "Task_PlanNotifications";
  public static final String SUB_PROCESS_NOTIFY = "SubProcess_Notify";
  public static final String TASK_SEND_NOTICE = "Task_SendNotice";
  public static final String EVENT_LAW_ENFORCEMENT_DELAY = "Event_LawEnforcementDelay";
  public static final String TIMER_NOTICE_OVERDUE = "Timer_NoticeOverdue";
  public static final String TIMER_REMIND_WEEK_BEFORE = "Timer_RemindWeekBefore";
  public static final String TIMER_REMIND_DAY_BEFORE = "Timer_RemindDayBefore";
  public static final String TASK_EMAIL_OVERDUE_NOTICE = "Task_EmailOverdueNotice";
  public static final String TASK_HANDLE_OVERDUE_NOTIFICATION = "Task_HandleOverdueNotification";
  public static final String TASK_REMIND_WEEK_BEFORE = "Task_RemindWeekBefore";
  public static final String TASK_REMIND_DAY_BEFORE = "Task_RemindDayBefore";
  public static final String GATEWAY_NEEDS_SUBSTITUTE_NOTICE = "Gateway_NeedsSubstituteNotice";
  public static final String TASK_START_SUBSTITUTE_NOTICE = "Task_StartSubstituteNotice";
  public static final String TIMER_WEB_POSTING_KEPT = "Timer_WebPostingKept";
  public static final String TASK_END_WEB_POSTING = "Task_EndWebPosting";
  public static final String TIMER_TOLL_FREE_LINE_KEPT = "Timer_TollFreeLineKept";
  public static final String TASK_CLOSE_TOLL_FREE_LINE = "Task_CloseTollFreeLine";
  public static final String END_EVENT_SUBSTITUTE_NOTICE_ENDED = "EndEvent_SubstituteNoticeEnded";
  public static final String END_EVENT_NOTICE_SENT = "EndEvent_NoticeSent";
  public static final String GATEWAY_NOTIFICATIONS_SETTLED = "Gateway_NotificationsSettled";
  public static final String GATEWAY_RECOVER_AND_FORTIFY = "Gateway_RecoverAndFortify";
  public static final String GATEWAY_LOOK_FOR_LEAKED_DATA_AGAIN = "Gateway_LookForLeakedDataAgain";
  public static final String GATEWAY_IS_LEAKED_DATA_SETTLED = "Gateway_IsLeakedDataSettled";
  public static final String GATEWAY_RECOVERED_AND_FORTIFIED = "Gateway_RecoveredAndFortified";
  public static final String TASK_RESTORE_DATA_FROM_BACKUPS = "Task_RestoreDataFromBackups";
  public static final String TASK_TAKE_DOWN_LEAKED_DATA = "Task_TakeDownLeakedData";
  public static final String TIMER_LEAKED_DATA_FOLLOW_UP = "Timer_LeakedDataFollowUp";
  public static final String TASK_CLOSE_SECURITY_GAPS = "Task_CloseSecurityGaps";
  public static final String TASK_REVIEW_SECURITY_MEASURES = "Task_ReviewSecurityMeasures";
  public static final String GATEWAY_READY_TO_CLOSE = "Gateway_ReadyToClose";
  public static final String TASK_CLOSE_INCIDENT = "Task_CloseIncident";
  public static final String END_EVENT_INCIDENT_CLOSED = "EndEvent_IncidentClosed";

  private BreachResponseProcess() {
  }
}
