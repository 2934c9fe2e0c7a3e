package org.breachresponse.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeProfile;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.Phase;
import org.breachresponse.provider.ProviderOverview.Containment;
import org.breachresponse.provider.ProviderOverview.IncidentOverview;
import org.breachresponse.provider.ProviderOverview.PracticeCount;
import org.breachresponse.provider.ProviderOverview.PracticeOverview;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provider overview on a migrated H2 database: only the asked practices' open incidents, their containment
 * progress and next deadline, overdue first, each practice's "today" in its own time zone, and the coming weeks'
 * deadlines across practices.
 */
class ProviderOverviewTest {

  /** 2026-03-10 02:00 UTC: 21:00 on 03-09 in Chicago, 03:00 on 03-10 in Berlin. */
  private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
  private static final Practice ALPHA = practice("alpha", "Alpha Dental", "America/Chicago");
  private static final Practice BETA = practice("beta", "Beta Smiles", "Europe/Berlin");
  private static JdbcDataSource database;

  @BeforeAll
  static void practicesWithIncidents() throws SQLException {
    database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:provider-overview;DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    Flyway.configure().dataSource(database).locations("classpath:db/migration")
        .table("breach_schema_history").load().migrate();
    try (Connection connection = database.getConnection()) {
      for (String practice : List.of("alpha", "beta", "gamma")) {
        update(connection, "insert into practice (id, version, name, time_zone, active, created_at, created_by,"
            + " directory_kind, edr_kind) values (?, 0, ?, 'UTC', true, current_timestamp, 'test', 'NONE', 'NONE')",
            practice, practice);
      }
      incident(connection, 1, "2026-0001", "alpha", "CONTAIN", "2026-03-01T10:00:00Z");
      incident(connection, 2, "2026-0002", "alpha", "NOTIFY", "2026-03-02T10:00:00Z");
      incident(connection, 3, "2026-0003", "alpha", "CLOSED", "2026-01-02T10:00:00Z");
      incident(connection, 4, "2026-0004", "beta", "IDENTIFY", "2026-03-03T10:00:00Z");
      incident(connection, 5, "2026-0005", "gamma", "NOTIFY", "2026-03-03T10:00:00Z");
      target(connection, 1, 1, "WS-01", "CONTAINED");
      target(connection, 2, 1, "WS-02", "NEEDS_PERSON");
      target(connection, 3, 1, "WS-03", "PENDING");
      target(connection, 4, 2, "WS-09", "RESTORED");
      target(connection, 5, 3, "WS-01", "PENDING");
      // Alpha's 2026-0002: one notice due 2026-03-08 (overdue in Chicago on 03-09), one 03-20, one sent.
      obligation(connection, 1, 2, "2026-03-08", "PLANNED");
      obligation(connection, 2, 2, "2026-03-20", "PLANNED");
      obligation(connection, 3, 2, "2026-03-01", "SENT");
      // Alpha's 2026-0001: one notice due 2026-04-30 (day 52 from 03-09).
      obligation(connection, 4, 1, "2026-04-30", "PLANNED");
      // Beta's: due 2026-03-10, today in Berlin: not overdue. Due 2026-06-30: past the horizon.
      obligation(connection, 5, 4, "2026-03-10", "PLANNED");
      obligation(connection, 6, 4, "2026-06-30", "PLANNED");
      // The closed incident and gamma's (not asked for) are left out.
      obligation(connection, 7, 3, "2026-03-01", "PLANNED");
      obligation(connection, 8, 5, "2026-03-01", "PLANNED");
      // The engine's incidents (Cockpit): alpha's alert that ran out of retries counts, a failed isolation does not
      // (containment shows it), and gamma's is not asked for.
      update(connection, "runscript from 'classpath:org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql'");
      engineIncident(connection, "i1", "alpha", BreachResponseProcess.TASK_ALERT_RESPONDERS);
      engineIncident(connection, "i2", "alpha", BreachResponseProcess.TASK_ISOLATE_MACHINE);
      engineIncident(connection, "i3", "gamma", BreachResponseProcess.TASK_RESOLVE_ALERT);
      // Alpha's first hours in the last 12 months, from the engine's task history: confirmed in 25 minutes (met),
      // claimed after 12; scoped late; containment approved in time and everything contained 90 minutes later;
      // one manual isolation still open past its target. A task of 2025 is outside the 12 months.
      update(connection, "runscript from 'classpath:org/camunda/bpm/engine/db/create/activiti.h2.create.history.sql'");
      historicTask(connection, "t1", "p1", BreachResponseProcess.TASK_CONFIRM_BREACH, "2026-03-01T10:00:00Z",
          "2026-03-01T10:25:00Z", "2026-03-01T11:00:00Z");
      update(connection, "insert into act_hi_identitylink (id_, timestamp_, type_, user_id_, task_id_, operation_type_,"
          + " tenant_id_) values ('l1', ?, 'assignee', 'it-responder', 't1', 'add', 'alpha')",
          java.sql.Timestamp.from(Instant.parse("2026-03-01T10:12:00Z")));
      historicTask(connection, "t2", "p1", BreachResponseProcess.TASK_SCOPE_BREACH, "2026-03-01T10:25:00Z",
          "2026-03-01T15:00:00Z", "2026-03-01T14:25:00Z");
      historicTask(connection, "t3", "p1", BreachResponseProcess.TASK_APPROVE_CONTAINMENT, "2026-03-01T15:00:00Z",
          "2026-03-01T15:10:00Z", "2026-03-01T16:00:00Z");
      historicTask(connection, "t4", "p1", BreachResponseProcess.TASK_ISOLATE_MANUALLY, "2026-03-01T15:11:00Z",
          null, "2026-03-01T16:11:00Z");
      historicTask(connection, "t5", "p1", BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS,
          "2026-03-01T16:40:00Z", null, null);
      historicTask(connection, "t6", "p0", BreachResponseProcess.TASK_CONFIRM_BREACH, "2025-01-01T10:00:00Z",
          "2025-01-03T10:00:00Z", "2025-01-01T11:00:00Z");
    }
  }

  @Test
  void onlyTheAskedPracticesOpenIncidentsOverdueFirst() {
    ProviderOverview overview = overview();

    assertThat(overview.practices()).extracting(PracticeOverview::id).containsExactly("alpha", "beta");
    PracticeOverview alpha = overview.practices().get(0);
    assertThat(alpha.today()).isEqualTo(LocalDate.parse("2026-03-09"));
    assertThat(alpha.openIncidents()).isEqualTo(2);
    assertThat(alpha.failedAlerts()).isEqualTo(1);
    assertThat(alpha.responseRecord()).isEqualTo(new ProviderOverview.ResponseRecord(2, 2, "PT12M", "PT25M", "PT1H30M"));
    assertThat(alpha.overdueIncidents()).isEqualTo(1);
    assertThat(alpha.incidents()).extracting(IncidentOverview::reference).containsExactly("2026-0002", "2026-0001");
    IncidentOverview overdue = alpha.incidents().get(0);
    assertThat(overdue.phase()).isEqualTo(Phase.NOTIFY);
    assertThat(overdue.nextDeadline()).isEqualTo(LocalDate.parse("2026-03-08"));
    assertThat(overdue.daysLeft()).isEqualTo(-1L);
    assertThat(overdue.overdue()).isTrue();
    assertThat(overdue.openNotices()).isEqualTo(2);
    assertThat(overdue.containment()).isEqualTo(new Containment(1, 1, 0));
    assertThat(alpha.incidents().get(1).containment()).isEqualTo(new Containment(1, 3, 1));

    PracticeOverview beta = overview.practices().get(1);
    assertThat(beta.failedAlerts()).isZero();
    assertThat(beta.responseRecord()).isEqualTo(new ProviderOverview.ResponseRecord(0, 0, null, null, null));
    assertThat(beta.today()).isEqualTo(LocalDate.parse("2026-03-10"));
    assertThat(beta.incidents()).singleElement().satisfies(incident -> {
      assertThat(incident.overdue()).isFalse();
      assertThat(incident.daysLeft()).isZero();
      assertThat(incident.containment()).isEqualTo(new Containment(0, 0, 0));
    });
  }

  @Test
  void theComingWeeksCountEachPracticesNoticesFromItsOwnToday() {
    ProviderOverview.ComingDeadlines coming = overview().comingDeadlines();

    assertThat(coming.overdue()).containsExactly(new PracticeCount("alpha", "Alpha Dental", 1));
    assertThat(coming.weeks()).hasSize(9);
    assertThat(coming.weeks().get(0).practices()).containsExactly(new PracticeCount("beta", "Beta Smiles", 1));
    assertThat(coming.weeks().get(1).practices()).containsExactly(new PracticeCount("alpha", "Alpha Dental", 1));
    assertThat(coming.weeks().get(7).practices()).containsExactly(new PracticeCount("alpha", "Alpha Dental", 1));
    assertThat(coming.weeks().get(8).toDay()).isEqualTo(60);
    assertThat(coming.weeks().stream().mapToInt(ProviderOverview.Week::total).sum()).as("none past the horizon")
        .isEqualTo(3);
  }

  @Test
  void noPracticeNoQuery() {
    ProviderOverview overview = ProviderOverview.of(List.of(),
        new OverviewQueries(null).read(List.of(), LocalDate.parse("2026-05-10"), NOW), NOW);
    assertThat(overview.practices()).isEmpty();
    assertThat(overview.comingDeadlines().weeks()).allSatisfy(week -> assertThat(week.total()).isZero());
  }

  private static ProviderOverview overview() {
    List<Practice> practices = List.of(ALPHA, BETA);
    return ProviderOverview.of(practices, new OverviewQueries(database)
        .read(ProviderOverview.ids(practices), LocalDate.parse("2026-05-10"), NOW), NOW);
  }

  private static Practice practice(String id, String name, String zone) {
    return new Practice(new PracticeId(id), new PracticeProfile(name, null, null, null, null, null, zone, null),
        "test", NOW);
  }

  private static void incident(Connection connection, long id, String reference, String practice, String phase,
      String reportedAt) throws SQLException {
    update(connection, "insert into incident (id, version, reference, phase, reported_by, recorded_by, reported_at,"
            + " discovery_date, description, practice_id) values (?, 0, ?, ?, 'Front desk', 'front-desk', ?,"
            + " date '2026-03-01', 'Ransom note on the screen', ?)",
        id, reference, phase, OffsetDateTime.ofInstant(Instant.parse(reportedAt), ZoneOffset.UTC), practice);
  }

  private static void target(Connection connection, long id, long incident, String name, String status)
      throws SQLException {
    update(connection, "insert into containment_target (id, version, incident_id, kind, name, status, approved_by,"
        + " approved_at) values (?, 0, ?, 'MACHINE', ?, ?, 'it-responder', current_timestamp)", id, incident, name,
        status);
  }

  private static void obligation(Connection connection, long id, long incident, String due, String status)
      throws SQLException {
    update(connection, "insert into notification_obligation (id, version, incident_id, recipient, jurisdiction,"
        + " authority, basis, required_by_law, uncertain, legal_due_date, due_date, planned_by, planned_at, status)"
        + " values (?, 0, ?, 'INDIVIDUALS', 'TX', 'Affected individuals', '45 CFR 164.404', true, false, ?, ?,"
        + " 'privacy-officer', current_timestamp, ?)", id, incident, LocalDate.parse(due), LocalDate.parse(due),
        status);
  }

  private static void update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static void engineIncident(Connection connection, String id, String tenant, String activity)
      throws SQLException {
    update(connection, "insert into act_ru_incident (id_, rev_, incident_timestamp_, incident_type_, activity_id_,"
        + " tenant_id_) values (?, 1, current_timestamp, 'failedJob', ?, ?)", id, activity, tenant);
  }

  private static void historicTask(Connection connection, String id, String instance, String activity, String start,
      String end, String due) throws SQLException {
    update(connection, "insert into act_hi_taskinst (id_, proc_inst_id_, task_def_key_, start_time_, end_time_,"
        + " due_date_, delete_reason_, tenant_id_) values (?, ?, ?, ?, ?, ?, ?, 'alpha')", id, instance, activity,
        java.sql.Timestamp.from(Instant.parse(start)), end == null ? null : java.sql.Timestamp.from(Instant.parse(end)),
        due == null ? null : java.sql.Timestamp.from(Instant.parse(due)), end == null ? null : "completed");
  }
}
