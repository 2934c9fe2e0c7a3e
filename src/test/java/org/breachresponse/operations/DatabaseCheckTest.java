package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database check against real databases: an H2 database that answers, one that does not exist, and a database
 * host that accepts the connection but never answers (a socket that reads nothing), as a hung server does.
 */
class DatabaseCheckTest {

  private static final Duration TIMEOUT = Duration.ofMillis(800);
  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void upWhenTheDatabaseAnswersSelectOne() {
    JdbcDataSource database = h2("jdbc:h2:mem:health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    assertThat(new DatabaseCheck(database, TIMEOUT, executor).check()).isEqualTo(CheckResult.up("database"));
  }

  @Test
  void downWithoutTheErrorsTextWhenTheDatabaseCannotBeReached() {
    JdbcDataSource missing = h2("jdbc:h2:mem:missing-" + UUID.randomUUID() + ";IFEXISTS=TRUE");

    assertThat(new DatabaseCheck(missing, TIMEOUT, executor).check())
        .isEqualTo(CheckResult.down("database", "not reachable"));
  }

  @Test
  void downAfterTheTimeoutWhenTheDatabaseHangsAndLaterChecksDoNotPileUp() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = new ArrayList<>();
      executor.submit(() -> {
        while (!silent.isClosed()) {
          accepted.add(silent.accept());
        }
        return null;
      });
      JdbcDataSource hung = h2("jdbc:h2:tcp://127.0.0.1:" + silent.getLocalPort() + "/mem:hung");
      DatabaseCheck check = new DatabaseCheck(hung, TIMEOUT, executor);

      long started = System.nanoTime();
      CheckResult first = check.check();
      System.out.printf("A hung database was reported down after %d ms%n", (System.nanoTime() - started) / 1_000_000);
      CheckResult second = check.check();

      assertThat(first).isEqualTo(CheckResult.down("database", "no answer within 800 ms"));
      assertThat(second).isEqualTo(CheckResult.down("database", "an earlier check is still waiting for the database"));
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  private static JdbcDataSource h2(String url) {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL(url);
    database.setUser("sa");
    return database;
  }
}
