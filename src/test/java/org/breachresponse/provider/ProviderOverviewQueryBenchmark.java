package org.breachresponse.provider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeProfile;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The provider overview's queries and assembly on a migrated in-memory H2 database, not a test: named so that no
 * test run picks it up, and it asserts no time. 50 practices with 200 open and 200 closed incidents each (10,000
 * open), three containment targets and three notices per incident; the overview of a responder of all 50 is read
 * 60 times (the first 10 to warm up) and p50, p95 and max are printed. It measures our SQL and assembly only, on
 * H2: the benchmark on PostgreSQL through the server is docs/benchmarks.md's. Run it with
 * {@code mvn -o -DskipServer -DskipLint -DskipITs test -Dtest=ProviderOverviewQueryBenchmark}.
 */
class ProviderOverviewQueryBenchmark {

  private static final int PRACTICES = 50;
  private static final int OPEN_PER_PRACTICE = 200;
  private static final int CLOSED_PER_PRACTICE = 200;
  private static final int RUNS = 60;
  private static final int WARM_UP = 10;

  @Test
  void providerOverviewOfFiftyPractices() throws SQLException {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:provider-overview-benchmark;DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    Flyway.configure().dataSource(database).locations("classpath:db/migration").table("breach_schema_history")
        .load().migrate();
    Instant now = Instant.now();
    List<Practice> practices = seed(database, now);

    OverviewQueries queries = new OverviewQueries(database);
    LocalDate horizon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(ProviderOverview.HORIZON_DAYS + 1L);
    long[] millis = new long[RUNS - WARM_UP];
    int incidents = 0;
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      ProviderOverview overview = ProviderOverview.of(practices,
          queries.read(ProviderOverview.ids(practices), horizon, now), now);
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      incidents = overview.practices().stream().mapToInt(ProviderOverview.PracticeOverview::openIncidents).sum();
      if (run >= WARM_UP) {
        millis[run - WARM_UP] = elapsed;
      }
    }
    Arrays.sort(millis);
    System.out.printf("provider overview (H2, in memory): %d practices, %d open incidents: p50 %d ms, p95 %d ms,"
            + " max %d ms over %d runs%n", practices.size(), incidents, millis[millis.length / 2],
        millis[(int) Math.ceil(millis.length * 0.95) - 1], millis[millis.length - 1], millis.length);
  }

  private static List<Practice> seed(JdbcDataSource database, Instant now) throws SQLException {
    List<Practice> practices = new ArrayList<>();
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement practice = connection.prepareStatement("insert into practice (id, version, name,"
              + " time_zone, active, created_at, created_by, directory_kind, edr_kind)"
              + " values (?, 0, ?, 'America/Chicago', true, current_timestamp, 'benchmark', 'NONE', 'NONE')");
           PreparedStatement incident = connection.prepareStatement("insert into incident (id, version, reference,"
               + " phase, reported_by, recorded_by, reported_at, discovery_date, description, practice_id)"
               + " values (?, 0, ?, ?, 'Front desk', 'front-desk', ?, ?, 'Ransom note', ?)");
           PreparedStatement target = connection.prepareStatement("insert into containment_target (id, version,"
               + " incident_id, kind, name, status, approved_by, approved_at)"
               + " values (?, 0, ?, 'MACHINE', ?, ?, 'it-responder', current_timestamp)");
           PreparedStatement obligation = connection.prepareStatement("insert into notification_obligation (id,"
               + " version, incident_id, recipient, jurisdiction, authority, basis, required_by_law, uncertain,"
               + " legal_due_date, due_date, planned_by, planned_at, status) values (?, 0, ?, 'INDIVIDUALS', 'TX',"
               + " 'Affected individuals', '45 CFR 164.404', true, false, ?, ?, 'privacy-officer',"
               + " current_timestamp, ?)")) {
        String[] targetStatuses = {"CONTAINED", "PENDING", "NEEDS_PERSON", "RESTORED"};
        String[] obligationStatuses = {"PLANNED", "PLANNED", "SENT"};
        long id = 0;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int p = 0; p < PRACTICES; p++) {
          String practiceId = "practice-" + p;
          practice.setString(1, practiceId);
          practice.setString(2, "Practice " + p);
          practice.executeUpdate();
          practices.add(new Practice(new PracticeId(practiceId), new PracticeProfile("Practice " + p, null, null,
              null, null, null, "America/Chicago", null), "benchmark", now));
          for (int i = 0; i < OPEN_PER_PRACTICE + CLOSED_PER_PRACTICE; i++) {
            long incidentId = ++id;
            boolean open = i < OPEN_PER_PRACTICE;
            incident.setLong(1, incidentId);
            incident.setString(2, "BR-" + p + "-" + i);
            incident.setString(3, open ? (i % 2 == 0 ? "CONTAIN" : "NOTIFY") : "CLOSED");
            incident.setObject(4, OffsetDateTime.ofInstant(now.minusSeconds(3600L * i), ZoneOffset.UTC));
            incident.setObject(5, today.minusDays(i % 30));
            incident.setString(6, practiceId);
            incident.addBatch();
            for (int t = 0; t < 3; t++) {
              target.setLong(1, incidentId * 10 + t);
              target.setLong(2, incidentId);
              target.setString(3, "WS-" + t);
              target.setString(4, targetStatuses[(i + t) % targetStatuses.length]);
              target.addBatch();
              LocalDate due = today.plusDays((i * 7L + t * 11L) % 90 - 10);
              obligation.setLong(1, incidentId * 10 + t);
              obligation.setLong(2, incidentId);
              obligation.setObject(3, due);
              obligation.setObject(4, due);
              obligation.setString(5, obligationStatuses[t]);
              obligation.addBatch();
            }
          }
          incident.executeBatch();
          target.executeBatch();
          obligation.executeBatch();
        }
      }
      connection.commit();
    }
    return practices;
  }
}
