package org.breachresponse.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ConcurrentConflictTest {

  @Test
  void camundasOptimisticLockingIsAConflictAlsoWhenWrapped() {
    OptimisticLockingException locking = new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ...' failed");
    assertThat(ConcurrentConflict.kind(locking)).contains("OptimisticLockingException");
    assertThat(ConcurrentConflict.isConflict(new IllegalStateException("wrapped", new ProcessEngineException(locking))))
        .isTrue();
  }

  @Test
  void aFailedCommitCausedByALockTimeoutOrDeadlockIsAConflict() {
    RollbackException h2Timeout = rollback(new SQLException("Timeout trying to lock table", "HYT00", 50200));
    assertThat(ConcurrentConflict.kind(h2Timeout)).contains("SQLState HYT00");

    RollbackException postgresDeadlock = rollback(new PersistenceException("could not execute statement",
        new SQLException("deadlock detected", "40P01")));
    assertThat(ConcurrentConflict.kind(postgresDeadlock)).contains("SQLState 40P01");

    assertThat(ConcurrentConflict.isConflict(rollback(new SQLException("could not serialize access", "40001")))).isTrue();
    assertThat(ConcurrentConflict.isConflict(rollback(new SQLException("lock not available", "55P03")))).isTrue();
    assertThat(ConcurrentConflict.isConflict(rollback(new SQLException("Concurrent update in table", "90131", 90131))))
        .isTrue();
  }

  @Test
  void postgresqlsBatchNamesTheRealErrorInItsNextException() {
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "08006", new int[0]);
    batch.setNextException(new SQLException("could not serialize access", "40001"));
    assertThat(ConcurrentConflict.kind(batch)).contains("SQLState 40001");
  }

  @Test
  void jdbcTransientAndJpaLockExceptionsAreConflicts() {
    assertThat(ConcurrentConflict.kind(new SQLTransactionRollbackException("rolled back")))
        .contains("SQLTransactionRollbackException");
    assertThat(ConcurrentConflict.isConflict(new PessimisticLockException("row locked"))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(ConcurrentConflict.isConflict(rollback(new SQLException("duplicate key value", "23505")))).isFalse();
    assertThat(ConcurrentConflict.isConflict(new RollbackException("ARJUNA016053: Could not commit transaction."))).isFalse();
    assertThat(ConcurrentConflict.isConflict(new ProcessEngineException("Unknown property used in expression"))).isFalse();
    assertThat(ConcurrentConflict.isConflict(new NullPointerException())).isFalse();
    assertThat(ConcurrentConflict.isConflict(null)).isFalse();
  }

  @Test
  void aCauseCycleEnds() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalStateException second = new IllegalStateException("second", first);
    first.initCause(second);
    assertThat(ConcurrentConflict.isConflict(first)).isFalse();
  }

  private static RollbackException rollback(Throwable cause) {
    RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.initCause(cause);
    return rollback;
  }
}
