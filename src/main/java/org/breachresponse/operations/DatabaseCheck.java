package org.breachresponse.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Whether the database answers {@code SELECT 1} within {@code timeout}, the connection from the pool included: the
 * query runs on {@code executor}, and a check waits for it no longer than the timeout. While one query is still
 * waiting (a database that hangs), later checks answer DOWN at once instead of queueing more of them.
 */
final class DatabaseCheck {

  static final String NAME = "database";

  private final DataSource dataSource;
  private final Duration timeout;
  private final Executor executor;
  private final AtomicBoolean running = new AtomicBoolean();

  DatabaseCheck(DataSource dataSource, Duration timeout, Executor executor) {
    this.dataSource = dataSource;
    this.timeout = timeout;
    this.executor = executor;
  }

  CheckResult check() {
    if (!running.compareAndSet(false, true)) {
      return CheckResult.down(NAME, "an earlier check is still waiting for the database");
    }
    CompletableFuture<Boolean> answer;
    try {
      answer = CompletableFuture.supplyAsync(this::selectOne, executor);
    } catch (RuntimeException e) {
      running.set(false);
      return CheckResult.down(NAME, "the check could not be started");
    }
    answer.whenComplete((result, failure) -> running.set(false));
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          ? CheckResult.up(NAME) : CheckResult.down(NAME, "unexpected answer");
    } catch (TimeoutException e) {
      return CheckResult.down(NAME, "no answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      return CheckResult.down(NAME, "not reachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CheckResult.down(NAME, "interrupted");
    }
  }

  private boolean selectOne() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
      try (ResultSet rows = statement.executeQuery("SELECT 1")) {
        return rows.next() && rows.getInt(1) == 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
