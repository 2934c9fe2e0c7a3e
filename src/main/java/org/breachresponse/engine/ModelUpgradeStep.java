package org.breachresponse.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;

/**
 * How running incidents move from one version of {@code breach-response.bpmn} to the next, keyed by the
 * process's {@code camunda:versionTag} (see {@link ModelVersion}). One implementation per step; the
 * {@link RunningIncidentsUpgrade} chains them when an incident is more than one step behind.
 */
interface ModelUpgradeStep {

  /** The model version the step starts from. */
  String from();

  /** The model version the step leads to. */
  String to();

  /**
   * The migration plan from a definition of version {@link #from()} to one of version {@link #to()}; building
   * it validates it, so a plan that does not fit the deployed definitions throws here.
   */
  MigrationPlan plan(RuntimeService runtime, String sourceDefinitionId, String targetDefinitionId);

  /**
   * Migrates one incident along the plan, in one transaction. A step that must move something the plan cannot (a
   * token before an activity whose kind changed) modifies the incident around the migration and keeps every state
   * it may stop in recoverable by the next start.
   */
  default void migrate(ProcessEngine engine, MigrationPlan plan, String processInstanceId) {
    engine.getRuntimeService().newMigration(plan).processInstanceIds(processInstanceId).execute();
  }
}
