package org.breachresponse.engine;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;

/**
 * A redeployment that kept the model version (a fixed label, a changed form reference): every activity maps to
 * the activity with the same id in the same scope. Timers and subscriptions stay as they are: a timer keeps the
 * due date it was given when the incident reached it (a changed trigger is a new model version).
 */
final class SameModelVersionStep implements ModelUpgradeStep {

  private final String version;

  SameModelVersionStep(String version) {
    this.version = version;
  }

  @Override
  public String from() {
    return version;
  }

  @Override
  public String to() {
    return version;
  }

  @Override
  public MigrationPlan plan(RuntimeService runtime, String sourceDefinitionId, String targetDefinitionId) {
    return runtime.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
        .mapEqualActivities()
        .build();
  }
}
