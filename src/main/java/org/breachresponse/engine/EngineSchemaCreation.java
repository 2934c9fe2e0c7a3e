package org.breachresponse.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 1 of the engine's schema: Camunda 7.23.0's own create scripts, read from camunda-engine.jar
 * (never copied into this repository), in the order the engine itself runs them. A Camunda upgrade adds
 * a version 2 that runs the jar's {@code upgrade/} scripts (docs/adr/0010-engine-schema-by-migration.md).
 */
final class EngineSchemaCreation implements JavaMigration {

  static final String CAMUNDA_VERSION = "7.23.0";
  private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";
  /** Engine, history, identity, CMMN and DMN tables, in DbSqlSession.dbSchemaCreate's order. */
  static final List<String> PARTS = List.of(
      "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1");
  }

  @Override
  public String getDescription() {
    return "Camunda " + CAMUNDA_VERSION + " engine tables";
  }

  /** None: the scripts are Camunda's, and a later Camunda jar's create scripts must not fail version 1's validation. */
  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException, IOException {
    Connection connection = context.getConnection();
    String database = EngineDatabase.scriptName(connection);
    for (String part : PARTS) {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements(script(database, part))) {
          statement.execute(sql);
        }
      }
    }
  }

  static String script(String database, String part) {
    return String.format(SCRIPTS, database, part);
  }

  /** Splits a script as Camunda's DbSqlSession does: "-- " lines are comments, ";" at a line's end ends a statement. */
  static List<String> statements(String resource) throws IOException {
    InputStream in = EngineSchemaCreation.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("camunda-engine.jar has no " + resource);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("# ")) {
          continue;
        }
        boolean ends = trimmed.endsWith(";");
        statement.append(ends ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append('\n');
        if (ends) {
          statements.add(statement.toString().trim());
          statement.setLength(0);
        }
      }
    }
    if (!statement.toString().isBlank()) {
      statements.add(statement.toString().trim());
    }
    return statements;
  }
}
