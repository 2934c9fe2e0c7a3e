package org.breachresponse.engine;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;

/**
 * Camunda's migration validation reports as one log line: activity ids and the engine's reasons only, never
 * variable values, so no health information reaches the log.
 */
final class ValidationReports {

  private ValidationReports() {
  }

  static String describe(MigrationPlanValidationReport report) {
    return report.getInstructionReports().stream()
        .map(r -> r.getMigrationInstruction().getSourceActivityId() + " -> "
            + r.getMigrationInstruction().getTargetActivityId() + ": " + String.join("; ", r.getFailures()))
        .collect(Collectors.joining(" | "));
  }

  static String describe(ProcessEngineException failure) {
    if (failure instanceof MigratingProcessInstanceValidationException invalid) {
      return describe(invalid.getValidationReport());
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

  private static String describe(MigratingProcessInstanceValidationReport report) {
    String general = String.join("; ", report.getFailures());
    String activities = report.getActivityInstanceReports().stream()
        .map(r -> "activity " + r.getSourceScopeId() + ": " + String.join("; ", r.getFailures()))
        .collect(Collectors.joining(" | "));
    String transitions = report.getTransitionInstanceReports().stream()
        .map(r -> "job before/after " + r.getSourceScopeId() + ": " + String.join("; ", r.getFailures()))
        .collect(Collectors.joining(" | "));
    return String.join(" | ", java.util.List.of(general, activities, transitions).stream()
        .filter(s -> !s.isEmpty()).toList());
  }
}
