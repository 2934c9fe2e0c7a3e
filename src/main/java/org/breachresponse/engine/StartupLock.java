package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Nodes that start at once on one PostgreSQL database do their start-up work (migrations, the first practice,
 * the deployment of the models, the upgrade of running incidents, seeding users, tenants and authorizations)
 * one after the other: each holds a session-level advisory lock on a connection of its own while it works
 * (PostgreSQL documentation, "Advisory Locks" and {@code pg_advisory_lock}). PostgreSQL releases the lock when
 * the holder's connection ends, so a node that dies while starting does not block the next one. H2 serves one
 * node only: nothing to serialize there.
 */
final class StartupLock implements AutoCloseable {

  /** The lock's key, the same on every node: "BreachRs" in ASCII. */
  static final long KEY = 0x4272_6561_6368_5273L;
  /** How long a node waits for another's start-up before it gives up (WildFly's deployment timeout is 300 s). */
  static final Duration MAX_WAIT = Duration.ofSeconds(240);
  private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

  private final Connection connection;

  private StartupLock(Connection connection) {
    this.connection = connection;
  }

  /** Waits until no other node is starting on this database; the lock is held until {@link #close()}. */
  static StartupLock acquire(DataSource dataSource, String nodeName) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!EngineDatabase.scriptName(connection).equals("postgres")) {
        connection.close();
        return new StartupLock(null);
      }
      Instant start = Instant.now();
      boolean waited = false;
      while (!tryLock(connection)) {
        if (!waited) {
          LOG.info(() -> "Node '" + nodeName + "': another node is starting on this database; waiting for it to finish");
          waited = true;
        }
        if (Duration.between(start, Instant.now()).compareTo(MAX_WAIT) > 0) {
          throw new IllegalStateException("Node '" + nodeName + "' waited " + MAX_WAIT.toSeconds()
              + " s for another node's start-up on this database; it did not finish");
        }
        Thread.sleep(500);
      }
      if (waited) {
        long seconds = Duration.between(start, Instant.now()).toSeconds();
        LOG.info(() -> "Node '" + nodeName + "' starts after waiting " + seconds + " s for another node's start-up");
      }
      return new StartupLock(connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("Could not take the start-up lock on the database", e);
    } catch (InterruptedException e) {
      closeQuietly(connection);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for another node's start-up", e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      lock.setLong(1, KEY);
      try (ResultSet result = lock.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /** Releases the lock; the connection goes back to the pool without it. */
  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.executeQuery().close();
    } catch (SQLException e) {
      LOG.warning(() -> "Could not release the start-up lock: " + e.getMessage());
    } finally {
      closeQuietly(connection);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.fine(() -> "Closing the start-up lock's connection: " + e.getMessage());
    }
  }
}
