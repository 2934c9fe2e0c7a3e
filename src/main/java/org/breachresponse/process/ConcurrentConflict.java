package org.breachresponse.process;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Which failures a retry cures: the transaction lost a race with another one, and running it again (with nothing
 * of the first attempt kept) can succeed. That is Camunda's {@link OptimisticLockingException} (another
 * transaction changed the same execution or task first, Camunda docs "Optimistic Locking"), JPA's lock
 * exceptions, JDBC's {@link SQLTransientException} ("might be able to succeed when the operation is retried",
 * its Javadoc), and the SQL states of a serialization failure or deadlock ({@code 40001}, PostgreSQL's
 * {@code 40P01}), a lock that could not be had ({@code 55P03} on PostgreSQL, {@code HYT00} for H2's
 * {@code LOCK_TIMEOUT}) and H2's concurrent update ({@code 90131}); anywhere in the causes, also behind the
 * {@code RollbackException} a failed commit throws. Everything else (bad input, a missing row, a bug) is not.
 */
public final class ConcurrentConflict {

  /** Seconds a client waits before it sends a request that met a conflict again ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 1;

  private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03", "HYT00", "90131");
  private static final int MAX_DEPTH = 64;

  private ConcurrentConflict() {
  }

  public static boolean isConflict(Throwable failure) {
    return kind(failure).isPresent();
  }

  /**
   * What the conflict was, for a log line: an exception's class name or {@code SQLState 40001}; never a
   * message (messages can quote data).
   */
  public static Optional<String> kind(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return kind(failure, seen, 0);
  }

  private static Optional<String> kind(Throwable failure, Set<Throwable> seen, int depth) {
    if (failure == null || depth > MAX_DEPTH || !seen.add(failure)) {
      return Optional.empty();
    }
    if (failure instanceof OptimisticLockingException || failure instanceof OptimisticLockException
        || failure instanceof PessimisticLockException || failure instanceof LockTimeoutException
        || failure instanceof SQLTransientException) {
      return Optional.of(failure.getClass().getSimpleName());
    }
    if (failure instanceof SQLException sql) {
      if (sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
        return Optional.of("SQLState " + sql.getSQLState());
      }
      Optional<String> next = kind(sql.getNextException(), seen, depth + 1);
      if (next.isPresent()) {
        return next;
      }
    }
    return kind(failure.getCause(), seen, depth + 1);
  }
}
