package org.breachresponse.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.breachresponse.Deployments;
import org.breachresponse.process.IncidentReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first references of a year, on the server's database (H2 in pass 1, PostgreSQL in pass 2): 50
 * transactions ask for a number of a year that has no counter row yet, all at the same moment, as 50 reports do on
 * the first working morning of a year. The server's clock cannot be moved to a new year, so the test takes a year
 * no incident uses (the references are numbered per year the same way) and removes its row afterwards. Most
 * transactions open the year first, as a report through the API does ({@link ReportAttempts}); some do not, as a
 * report through the Tasklist's start form does. Every fifth rolls back after taking its number, as a report that
 * fails does: its number goes to another. (Runs inside the server, hence JUnit's assertions.)
 */
@ExtendWith(ArquillianExtension.class)
class FirstReferencesOfAYearIT {

  private static final int TRANSACTIONS = 50;

  @Deployment
  static WebArchive application() {
    return Deployments.application().addClasses(Deployments.class, FirstReferencesOfAYearIT.class);
  }

  @Inject
  private IncidentReferences references;

  @Test
  void simultaneousFirstNumbersOfAYearHaveNoGapAndNoDuplicate() throws Exception {
    TransactionManager transactions = (TransactionManager) new InitialContext().lookup("java:/TransactionManager");
    DataSource database = (DataSource) new InitialContext().lookup("java:jboss/datasources/BreachResponseDS");
    Year year = unusedYear(database);
    CyclicBarrier start = new CyclicBarrier(TRANSACTIONS);
    ConcurrentLinkedQueue<Integer> committed = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    long began = System.nanoTime();
    try {
      for (int i = 0; i < TRANSACTIONS; i++) {
        boolean opensFirst = i % 10 != 0;
        boolean rollsBack = i % 5 == 4;
        Thread thread = new Thread(() -> {
          try {
            start.await();
            if (opensFirst) {
              references.open(year);
            }
            transactions.begin();
            IncidentReference reference;
            try {
              reference = references.next(year);
              Thread.sleep(ThreadLocalRandom.current().nextInt(5, 20)); // the rest of a report's transaction
            } catch (Exception e) {
              transactions.rollback();
              throw e;
            }
            if (rollsBack) {
              transactions.rollback();
            } else {
              transactions.commit();
              committed.add(Integer.parseInt(reference.value().substring(8)));
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        }, "first-reference-" + i);
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join(120_000);
      }
      System.out.printf("FirstReferencesOfAYearIT: %d transactions for %s took %d ms%n", TRANSACTIONS, year,
          (System.nanoTime() - began) / 1_000_000);

      assertTrue(failures.isEmpty(), () -> failures.size() + " transactions failed: " + failures.stream()
          .map(Throwable::toString).toList());
      int committedCount = TRANSACTIONS - TRANSACTIONS / 5;
      assertEquals(IntStream.rangeClosed(1, committedCount).boxed().toList(), committed.stream().sorted().toList(),
          "the committed numbers: 1 to " + committedCount + ", each once");
      assertEquals(committedCount, lastNumber(database, year));
    } finally {
      removeCounter(database, year);
    }
  }

  /** A year between 3000 and 9999 without a counter row (no incident is reported in such a year). */
  private static Year unusedYear(DataSource database) throws SQLException {
    while (true) {
      Year year = Year.of(ThreadLocalRandom.current().nextInt(3000, 10_000));
      if (lastNumber(database, year) == null) {
        return year;
      }
    }
  }

  private static Integer lastNumber(DataSource database, Year year) throws SQLException {
    try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
        "select last_number from incident_reference_counter where reference_year = ?")) {
      select.setInt(1, year.getValue());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getInt(1) : null;
      }
    }
  }

  private static void removeCounter(DataSource database, Year year) throws SQLException {
    try (Connection connection = database.getConnection(); PreparedStatement delete = connection.prepareStatement(
        "delete from incident_reference_counter where reference_year = ?")) {
      delete.setInt(1, year.getValue());
      delete.executeUpdate();
    }
  }
}
