package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * H2 serves one node only: a server opens its H2 file exclusively (H2's file lock, "Database may be already in
 * use", error 90020, H2 documentation "Database File Locking"). A second node started on the same file would
 * fail with that driver message deep in the persistence unit's start; here it fails with one ERROR line that
 * says what to do instead: a cluster of nodes shares a PostgreSQL database (docs/adr/0014-cluster-of-nodes.md).
 */
final class H2SingleNode {

  /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}. */
  static final int DATABASE_ALREADY_OPEN = 90020;
  static final String MESSAGE = "The H2 database file named by BREACH_DB_URL is in use by another server: H2 serves"
      + " one node only. To run several nodes, give every node the same PostgreSQL database"
      + " (BREACH_DB_URL=jdbc:postgresql://..., provisioned with -Dbreach.database=postgresql; README, Run a cluster);"
      + " otherwise stop the other server first.";
  private static final Logger LOG = Logger.getLogger(H2SingleNode.class.getName());

  private H2SingleNode() {
  }

  /**
   * Opens one connection and gives it back. Fails with {@link #MESSAGE} (logged as an ERROR) if another
   * process holds the H2 file; any other failure is left to the start-up work that follows.
   */
  static void check(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      connection.isValid(1);
    } catch (SQLException e) {
      if (openElsewhere(e)) {
        LOG.log(Level.SEVERE, MESSAGE);
        throw new IllegalStateException(MESSAGE, e);
      }
    }
  }

  /** Whether H2's "already in use" is anywhere among the causes (the datasource wraps the driver's exception). */
  static boolean openElsewhere(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN
          && cause.getClass().getName().startsWith("org.h2.")) {
        return true;
      }
    }
    return false;
  }
}
