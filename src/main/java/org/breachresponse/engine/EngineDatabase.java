package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** What the engine's schema migration needs to know about the database it runs on. */
final class EngineDatabase {

  /** The table every Camunda schema has since its first version; it holds the schema's version. */
  static final String ENGINE_PROPERTY_TABLE = "ACT_GE_PROPERTY";

  private EngineDatabase() {
  }

  /** The database's name in Camunda's script names: h2 or postgres (the two we provision, ADR 0005). */
  static String scriptName(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return "h2";
    }
    if (product.contains("postgres")) {
      return "postgres";
    }
    throw new IllegalStateException("No engine schema scripts for the database " + product + " (H2 or PostgreSQL)");
  }

  /** Whether a table exists, whatever case the database folds unquoted names to. */
  static boolean hasTable(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String candidate : new String[] {name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)}) {
      try (ResultSet tables = metaData.getTables(null, null, candidate, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
