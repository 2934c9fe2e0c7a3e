package org.breachresponse.engine;

import static org.breachresponse.process.BreachResponseProcess.*;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;

/**
 * Model version 1 (one flat process) to version 2 (the same activities inside six embedded phase subprocesses).
 * Every activity an incident of version 1 can wait in is mapped to the activity with the same id, one explicit
 * instruction each: Camunda's {@code mapEqualActivities()} only maps activities whose parent scopes map too, and
 * version 2 puts them into phases version 1 does not have; the engine creates the phase an activity now lives in
 * when it migrates it there (with the phase's start listeners).
 *
 * <p>The message boundary event takes its trigger from version 2. Timers keep their job and due date: the leaked
 * data follow-up runs a week from when it was set, not from the upgrade, and the notice deadlines are the same
 * dates either way.
 *
 * <p>Version 2 derives notification obligations in a business rule task where version 1 had a service task with
 * the same id; Camunda migrates only between activities of the same kind, so the plan leaves that task out. An
 * incident waiting for its obligations to be derived (the task's asynchronous job, failed or not) has that wait
 * cancelled in version 1 (after a marker variable notes it, so a crash in between is caught up at the next start),
 * then is migrated and started again before {@code Task_DeriveObligations} of version 2, which creates the
 * notification phase around it, in one transaction that also removes the marker. Version 1's derivation code is
 * not needed. The wait is cancelled only while the incident has other work open (containment always runs beside
 * it); otherwise the incident stays on version 1 with an ERROR.
 */
final class FlatModelToPhasesStep implements ModelUpgradeStep {

  /** User tasks, multi-instance bodies and subprocesses, the async service tasks' and end events' jobs. */
  static final List<String> ACTIVITIES = List.of(
      TASK_CONFIRM_BREACH, TASK_SCOPE_BREACH, TASK_ASSESS_RISK,
      TASK_APPROVE_CONTAINMENT,
      multiInstanceBody(SUB_PROCESS_ISOLATE_MACHINE), SUB_PROCESS_ISOLATE_MACHINE,
      TASK_ISOLATE_MACHINE, TASK_ISOLATE_MANUALLY, END_EVENT_MACHINE_ISOLATED,
      multiInstanceBody(SUB_PROCESS_RESET_ACCOUNT), SUB_PROCESS_RESET_ACCOUNT,
      TASK_RESET_PASSWORD, TASK_RESET_MANUALLY, END_EVENT_PASSWORD_RESET,
      "Gateway_ContainmentActionsDone",
      TASK_WATCH_ENTRY_AND_EXIT_POINTS,
      multiInstanceBody(SUB_PROCESS_REMOVE_THREAT), SUB_PROCESS_REMOVE_THREAT,
      TASK_RECORD_EVIDENCE, TASK_CLEANSE_MACHINE, TASK_VERIFY_MACHINE_CLEAN,
      TASK_RESTORE_MACHINE, TASK_RESTORE_MANUALLY, TASK_RETIRE_MACHINE,
      END_EVENT_MACHINE_RESTORED, END_EVENT_MACHINE_RETIRED,
      TASK_PLAN_NOTIFICATIONS,
      multiInstanceBody(SUB_PROCESS_NOTIFY), SUB_PROCESS_NOTIFY,
      TASK_SEND_NOTICE, TASK_EMAIL_OVERDUE_NOTICE, TASK_HANDLE_OVERDUE_NOTIFICATION,
      TASK_REMIND_WEEK_BEFORE, TASK_REMIND_DAY_BEFORE,
      TASK_START_SUBSTITUTE_NOTICE, TIMER_WEB_POSTING_KEPT, TASK_END_WEB_POSTING,
      TIMER_TOLL_FREE_LINE_KEPT, TASK_CLOSE_TOLL_FREE_LINE, "Gateway_SubstituteNoticeDone",
      multiInstanceBody(TASK_RESTORE_DATA_FROM_BACKUPS), TASK_RESTORE_DATA_FROM_BACKUPS,
      TASK_TAKE_DOWN_LEAKED_DATA, TIMER_LEAKED_DATA_FOLLOW_UP, TASK_CLOSE_SECURITY_GAPS,
      "Gateway_RecoveredAndFortified",
      TASK_REVIEW_SECURITY_MEASURES,
      GATEWAY_READY_TO_CLOSE,
      TASK_CLOSE_INCIDENT);

  /** Boundary events on {@code Task_SendNotice}: they migrate with the task. */
  static final List<String> TIMERS_ON_SEND_NOTICE = List.of(
      TIMER_NOTICE_OVERDUE, TIMER_REMIND_WEEK_BEFORE, TIMER_REMIND_DAY_BEFORE);

  /** Marks an incident whose waiting derivation was cancelled in version 1 and starts again in version 2. */
  static final String OBLIGATIONS_TO_DERIVE = "upgradeObligationsToDerive";

  @Override
  public String from() {
    return ModelVersion.FIRST;
  }

  @Override
  public String to() {
    return "2";
  }

  @Override
  public MigrationPlan plan(RuntimeService runtime, String sourceDefinitionId, String targetDefinitionId) {
    MigrationPlanBuilder plan = runtime.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
        .mapActivities(EVENT_LAW_ENFORCEMENT_DELAY, EVENT_LAW_ENFORCEMENT_DELAY).updateEventTrigger();
    for (String timer : TIMERS_ON_SEND_NOTICE) {
      plan = plan.mapActivities(timer, timer);
    }
    for (String activity : ACTIVITIES) {
      plan = plan.mapActivities(activity, activity);
    }
    return plan.build();
  }

  @Override
  public void migrate(ProcessEngine engine, MigrationPlan plan, String processInstanceId) {
    RuntimeService runtime = engine.getRuntimeService();
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    TransitionInstance[] deriving = tree.getTransitionInstances(TASK_DERIVE_OBLIGATIONS);
    if (deriving.length > 0) {
      if (tree.getChildActivityInstances().length + tree.getChildTransitionInstances().length <= deriving.length) {
        throw new ProcessEngineException("the incident waits for nothing but the derivation of its obligations");
      }
      // Noted first, so a crash after the cancellation still restarts the derivation at the next start.
      runtime.setVariable(processInstanceId, OBLIGATIONS_TO_DERIVE, deriving.length);
      ProcessInstanceModificationBuilder cancel = runtime.createProcessInstanceModification(processInstanceId);
      for (TransitionInstance waiting : deriving) {
        cancel.cancelTransitionInstance(waiting.getId());
      }
      cancel.execute(true, true);
    }
    Object toDerive = runtime.getVariable(processInstanceId, OBLIGATIONS_TO_DERIVE);
    if (toDerive == null) {
      runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
      return;
    }
    // The migration and the new start of the derivation in one transaction.
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
          ProcessInstanceModificationBuilder derive = runtime.createProcessInstanceModification(processInstanceId);
          for (int i = 0; i < (Integer) toDerive; i++) {
            derive.startBeforeActivity(TASK_DERIVE_OBLIGATIONS);
          }
          derive.execute();
          runtime.removeVariable(processInstanceId, OBLIGATIONS_TO_DERIVE);
          return null;
        });
  }

  private static String multiInstanceBody(String activityId) {
    return activityId + "#multiInstanceBody";
  }
}
