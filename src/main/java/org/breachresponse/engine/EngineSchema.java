package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The engine's tables come from a versioned migration with its own history table, in every mode; the
 * engine itself never creates or updates them ({@code databaseSchemaUpdate=false}). A database whose
 * engine tables an earlier release let the engine create is baselined at version 1: the scripts are
 * skipped and the history says so (docs/adr/0010-engine-schema-by-migration.md).
 */
final class EngineSchema {

  static final String HISTORY_TABLE = "breach_engine_schema_history";
  private static final Logger LOG = Logger.getLogger(EngineSchema.class.getName());

  private EngineSchema() {
  }

  static void migrate(DataSource dataSource) {
    if (createdByEngine(dataSource)) {
      LOG.info("The engine's tables predate the engine schema migration: baselined at version 1");
      flyway(dataSource)
          .baselineVersion("1")
          .baselineDescription("Camunda " + EngineSchemaCreation.CAMUNDA_VERSION + " engine tables, created by the engine before migrations")
          .load()
          .baseline();
    }
    // Our own tables share the schema: a schema that is not empty but has no engine tables starts this
    // history at version 0 (nothing of the engine's) and then runs version 1.
    flyway(dataSource)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .baselineDescription("No engine tables yet")
        .load()
        .migrate();
  }

  private static FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure(EngineSchema.class.getClassLoader())
        .dataSource(dataSource)
        .table(HISTORY_TABLE)
        // Only the Java migrations below; no SQL location, so our own scripts never land in this history.
        .locations(new String[0])
        .javaMigrations(new EngineSchemaCreation(), new JobDueDateIndex(), new TaskQueryTables());
  }

  /** Engine tables present but no history of ours: an earlier release's engine made them. */
  private static boolean createdByEngine(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return EngineDatabase.hasTable(connection, EngineDatabase.ENGINE_PROPERTY_TABLE)
          && !EngineDatabase.hasTable(connection, HISTORY_TABLE);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the database's tables", e);
    }
  }
}
