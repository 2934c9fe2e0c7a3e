package org.breachresponse.engine;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 1.1 of the engine's schema: an index on {@code ACT_RU_JOB(DUEDATE_)}. The job executor acquires soonest
 * due first ({@code jobExecutorAcquireByDueDate}, {@link EngineConfiguration}); Camunda's user guide ("The Job
 * Executor", job acquisition) names this index for that order, and Camunda's create scripts do not make it. Without
 * it every look for due jobs reads the whole table (a notice has three timers waiting for weeks) and sorts it.
 * <p>
 * Its name is ours, not Camunda's {@code ACT_IDX_…}, so a later Camunda upgrade script that adds an index of its own
 * cannot collide with it; the engine never drops indexes it does not know ({@code databaseSchemaUpdate=false}). It
 * runs after version 1 on a new database and on one baselined at version 1 alike
 * (docs/adr/0016-deadline-waves.md).
 */
final class JobDueDateIndex extends EngineSchemaStep {

  static final String NAME = "BREACH_IDX_JOB_DUEDATE";

  JobDueDateIndex() {
    super("1.1", "Index for job acquisition by due date", 1);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("create index " + NAME + " on ACT_RU_JOB(DUEDATE_)");
    }
  }
}
