package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.breachresponse.TestServerPostgresql;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two nodes starting at once on one PostgreSQL database: the second starts its start-up work only after the first
 * finished; a node's lock goes with its connection. PostgreSQL pass only (the database .ci/start-postgresql.sh
 * makes); the cluster test starts two real nodes together.
 */
class StartupLockIT {

  @Test
  void theSecondNodeWaitsUntilTheFirstFinishedItsStartUp() throws Exception {
    assumeTrue(TestServerPostgresql.inUse(), "PostgreSQL only");
    PGSimpleDataSource database = TestServerPostgresql.dataSource();
    AtomicBoolean firstFinished = new AtomicBoolean();

    StartupLock first = StartupLock.acquire(database, "node-a");
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
      try (StartupLock lock = StartupLock.acquire(database, "node-b")) {
        return firstFinished.get();
      }
    });
    Instant start = Instant.now();
    Thread.sleep(1500);
    assertThat(second).as("node-b waits while node-a starts").isNotDone();
    firstFinished.set(true);
    first.close();

    assertThat(second.get(30, TimeUnit.SECONDS)).as("node-b started after node-a finished").isTrue();
    System.out.println("node-b waited " + Duration.between(start, Instant.now()).toMillis() + " ms for node-a");
    try (StartupLock again = StartupLock.acquire(database, "node-a")) {
      assertThat(again).as("node-b's lock went with its connection").isNotNull();
    }
  }
}
