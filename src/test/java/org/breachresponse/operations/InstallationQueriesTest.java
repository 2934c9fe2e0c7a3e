package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.breachresponse.operations.InstallationQueries.ActionOutcome;
import org.breachresponse.operations.InstallationQueries.PracticeNotices;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The installation's figures on one H2 database holding our migrated tables and a real engine's: jobs the engine
 * created (their due times set by the engine's clock), notices per practice with "overdue" in each practice's time
 * zone, and containment actions by action and outcome.
 */
class InstallationQueriesTest {

  /** 2026-03-10 02:00 UTC: still 03-09 in Chicago, already 03-10 in Berlin. */
  private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
  private static JdbcDataSource database;
  private static ProcessEngine engine;

  @BeforeAll
  static void installation() throws SQLException {
    database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:installation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    Flyway.configure().dataSource(database).locations("classpath:db/migration")
        .table("breach_schema_history").load().migrate();
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("installation-" + UUID.randomUUID());
    configuration.setDataSource(database);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setDbMetricsReporterActivate(false);
    engine = configuration.buildProcessEngine();
    try (Connection connection = database.getConnection()) {
      practice(connection, "alpha", "America/Chicago");
      practice(connection, "beta", "Europe/Berlin");
      practice(connection, "quiet", "UTC");
      incident(connection, 1, "alpha", "NOTIFY");
      incident(connection, 2, "beta", "NOTIFY");
      incident(connection, 3, "alpha", "CLOSED");
      // Alpha: due 03-08 (overdue: its today is 03-09), 03-09 (due today, not overdue), 03-20; one sent.
      obligation(connection, 1, 1, "2026-03-08", "PLANNED");
      obligation(connection, 2, 1, "2026-03-09", "PLANNED");
      obligation(connection, 3, 1, "2026-03-20", "PLANNED");
      obligation(connection, 4, 1, "2026-03-01", "SENT");
      // Beta: due 03-09 is overdue in Berlin (its today is 03-10).
      obligation(connection, 5, 2, "2026-03-09", "PLANNED");
      // A closed incident's notice is not counted.
      obligation(connection, 6, 3, "2026-03-01", "PLANNED");
      target(connection, 1, 1, "WS-01");
      target(connection, 2, 1, "WS-02");
      action(connection, 1, 1, "ISOLATE", "SUCCEEDED");
      action(connection, 2, 2, "ISOLATE", "FAILED");
      action(connection, 3, 2, "ISOLATE", "SUCCEEDED");
      action(connection, 4, 2, "RESTORE", "SUCCEEDED");
    }
  }

  @AfterAll
  static void close() {
    ClockUtil.reset();
    engine.close();
  }

  @Test
  void noticesPerPracticeOverdueByEachPracticesOwnToday() {
    assertThat(new InstallationQueries(database).notices(NOW)).containsExactly(
        new PracticeNotices("alpha", 3, 1), new PracticeNotices("beta", 1, 1), new PracticeNotices("quiet", 0, 0));
  }

  @Test
  void containmentActionsByActionAndOutcome() {
    assertThat(new InstallationQueries(database).containmentActions()).containsExactly(
        new ActionOutcome("ISOLATE", "FAILED", 1), new ActionOutcome("ISOLATE", "SUCCEEDED", 2),
        new ActionOutcome("RESTORE", "SUCCEEDED", 1));
  }

  @Test
  void jobsWaitingPastTheirDueTimeThatNoNodeHolds() throws SQLException {
    engine.getRepositoryService().createDeployment()
        .addModelInstance("waits.bpmn", Bpmn.createExecutableProcess("waits").startEvent()
            .serviceTask().camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
        .deploy();
    Instant jobsCreated = Instant.now().minus(Duration.ofMinutes(5));
    ClockUtil.setCurrentTime(Date.from(jobsCreated));
    for (int i = 0; i < 4; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("waits");
    }
    ClockUtil.reset();
    List<Job> jobs = engine.getManagementService().createJobQuery().processDefinitionKey("waits").list();
    // One job suspended, one out of retries, one held by a node whose lock has not expired: only one is overdue.
    engine.getManagementService().suspendJobById(jobs.get(0).getId());
    engine.getManagementService().setJobRetries(jobs.get(1).getId(), 0);
    try (Connection connection = database.getConnection();
        PreparedStatement lock = connection.prepareStatement(
            "update ACT_RU_JOB set LOCK_OWNER_ = 'node-b', LOCK_EXP_TIME_ = ? where ID_ = ?")) {
      lock.setTimestamp(1, java.sql.Timestamp.from(Instant.now().plus(Duration.ofSeconds(30))));
      lock.setString(2, jobs.get(2).getId());
      lock.executeUpdate();
    }
    InstallationQueries queries = new InstallationQueries(database);

    assertThat(queries.overdueJobs(Instant.now(), Duration.ofSeconds(60))).isEqualTo(1);
    assertThat(queries.overdueJobs(Instant.now(), Duration.ofMinutes(10))).as("not yet overdue by 10 minutes").isZero();
    // Once the lock of the node that took the job expires (the node died), that job is waiting again.
    assertThat(queries.overdueJobs(Instant.now().plus(Duration.ofMinutes(1)), Duration.ofSeconds(60))).isEqualTo(2);
  }

  private static void practice(Connection connection, String id, String zone) throws SQLException {
    update(connection, "insert into practice (id, version, name, time_zone, active, created_at, created_by,"
        + " directory_kind, edr_kind) values (?, 0, ?, ?, true, current_timestamp, 'test', 'NONE', 'NONE')",
        id, id, zone);
  }

  private static void incident(Connection connection, long id, String practice, String phase) throws SQLException {
    update(connection, "insert into incident (id, version, reference, phase, reported_by, recorded_by, reported_at,"
            + " discovery_date, description, practice_id) values (?, 0, ?, ?, 'Front desk', 'front-desk', ?,"
            + " date '2026-03-01', 'Ransom note on the screen', ?)",
        id, "2026-000" + id, phase, OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), practice);
  }

  private static void obligation(Connection connection, long id, long incident, String due, String status)
      throws SQLException {
    update(connection, "insert into notification_obligation (id, version, incident_id, recipient, jurisdiction,"
        + " authority, basis, required_by_law, uncertain, legal_due_date, due_date, planned_by, planned_at, status)"
        + " values (?, 0, ?, 'INDIVIDUALS', 'TX', 'Affected individuals', '45 CFR 164.404', true, false, ?, ?,"
        + " 'privacy-officer', current_timestamp, ?)", id, incident, LocalDate.parse(due), LocalDate.parse(due),
        status);
  }

  private static void target(Connection connection, long id, long incident, String name) throws SQLException {
    update(connection, "insert into containment_target (id, version, incident_id, kind, name, status, approved_by,"
        + " approved_at) values (?, 0, ?, 'MACHINE', ?, 'CONTAINED', 'it-responder', current_timestamp)", id,
        incident, name);
  }

  private static void action(Connection connection, long id, long target, String action, String outcome)
      throws SQLException {
    update(connection, "insert into containment_action (id, incident_id, target_id, action, adapter, outcome,"
        + " approved_by, performed_by, started_at, ended_at) values (?, 1, ?, ?, 'EDR', ?, 'it-responder', 'engine',"
        + " current_timestamp, current_timestamp)", id, target, action, outcome);
  }

  private static void update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
