package org.breachresponse.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The cluster's one PostgreSQL database, {@code breach_cluster}, made afresh for each cluster (dropped and created
 * again) and owned by the application's role, which {@code .ci/start-postgresql.sh} allows to create databases.
 */
final class ClusterDatabase {

  static final String NAME = "breach_cluster";
  private static final String HOST = System.getProperty("breach.cluster.database-host", "localhost:5432");
  // Test-only: the role .ci/start-postgresql.sh makes, with its documented development password.
  static final String USER = "breach_response";
  static final String PASSWORD = "breach_response";

  private ClusterDatabase() {
  }

  static String url() {
    return "jdbc:postgresql://" + HOST + "/" + NAME;
  }

  /** Drops the database (closing any connection to it) and creates it empty. */
  static void recreate() {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + NAME + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not make a fresh database " + NAME + " on " + HOST + " as " + USER
          + " (is PostgreSQL running? run .ci/start-postgresql.sh as root, which lets " + USER + " create databases)", e);
    }
  }

  static Connection connect() {
    try {
      return DriverManager.getConnection(url(), USER, PASSWORD);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not connect to " + url(), e);
    }
  }
}
