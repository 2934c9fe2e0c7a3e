package org.breachresponse.engine;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 12 of the engine's schema (numbered after our own migrations' V12, so that versions other changes add
 * to this history do not collide): removes the authorization rows Camunda's default provider made for each task's
 * candidate group, candidate users, assignee and owner (resource type 7, task, on one task's id). Task rights are
 * the roles' grants on the process definition now (docs/adr/0015-task-rights-by-role.md); grants on every task
 * ({@code '*'}), such as the administrator's, stay. A fresh database has none to remove.
 * <p>
 * It also adds two indexes of ours to Camunda's tables for the task lists (prefixed {@code BR_}, so no Camunda
 * script's name collides; Camunda's upgrade scripts leave indexes they did not create alone): the due date, by which
 * the Tasklist and the privacy officer's list sort, so that a page of 50 of 20,000 tasks reads 50 instead of sorting
 * all; and candidate group, type and task of the identity links (Camunda indexes the group alone). Measured in
 * docs/benchmarks.md, "task queries at 20,000 open tasks".
 */
final class TaskQueryTables extends EngineSchemaStep {

  /** Camunda's {@code Resources.TASK.resourceType()}. */
  static final int TASK_RESOURCE_TYPE = 7;

  TaskQueryTables() {
    super("12", "No authorization rows per task; task list indexes", 12);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.executeUpdate("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = " + TASK_RESOURCE_TYPE
          + " and RESOURCE_ID_ <> '*'");
      statement.execute("create index BR_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_)");
      statement.execute("create index BR_IDX_IDENT_LNK_GROUP_TASK on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)");
    }
  }
}
