package org.breachresponse.engine;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 12 of the engine's schema (numbered after our own migrations' V12, so that versions other changes add
 * to this history do not collide): removes the authorization rows Camunda's default provider made for each task's
 * candidate group, candidate users, assignee and owner (resource type 7, task, on one task's id). Task rights are
 * the roles' grants on the process definition now (docs/adr/0015-task-rights-by-role.md); grants on every task
 * ({@code '*'}), such as the administrator's, stay. A fresh database has none to remove.
 */
final class PerTaskAuthorizationsRemoval implements JavaMigration {

  /** Camunda's {@code Resources.TASK.resourceType()}. */
  static final int TASK_RESOURCE_TYPE = 7;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("12");
  }

  @Override
  public String getDescription() {
    return "No authorization rows per task";
  }

  @Override
  public Integer getChecksum() {
    return 12;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.executeUpdate("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = " + TASK_RESOURCE_TYPE
          + " and RESOURCE_ID_ <> '*'");
    }
  }
}
