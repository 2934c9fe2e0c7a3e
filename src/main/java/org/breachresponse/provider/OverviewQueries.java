package org.breachresponse.provider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.breachresponse.containment.TargetStatus;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.Phase;
import org.breachresponse.provider.ProviderOverview.Containment;

/**
 * The provider overview's data in three queries over the open incidents of the given practices (indexes in
 * {@code V8__provider_overview_indexes.sql}), whatever the number of incidents: the incidents, their containment
 * targets counted by whether they are done, and their notices still to send counted per due date (from which
 * each incident's earliest due date and each practice's notices per day up to a horizon). Portable SQL (H2,
 * PostgreSQL).
 */
final class OverviewQueries {

  /** A target that needs no more containment work: contained, by the engine or a person, left as is, or done. */
  static final List<TargetStatus> DONE = List.of(TargetStatus.CONTAINED, TargetStatus.CONTAINED_BY_PERSON,
      TargetStatus.LEFT_AS_IS, TargetStatus.RESTORED, TargetStatus.RETIRED);
  /** A target a person must look at: held back or not found, or its last attempt failed. */
  static final List<TargetStatus> STUCK = List.of(TargetStatus.NEEDS_PERSON, TargetStatus.FAILING);

  /** One open incident. */
  record OpenIncident(long id, String reference, String practiceId, Phase phase, java.time.Instant reportedAt) {
  }

  /** An incident's notices still to send: how many, and the earliest due date. */
  record OpenNotices(int count, LocalDate nextDue) {
  }

  /** How many open notices of a practice are due on a day. */
  record DueDay(String practiceId, LocalDate due, int count) {
  }

  private final DataSource dataSource;

  OverviewQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Everything the overview shows of {@code practiceIds}, read in one connection. */
  OverviewData read(Collection<String> practiceIds, LocalDate horizon, Instant now) {
    if (practiceIds.isEmpty()) {
      return new OverviewData(List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of());
    }
    List<String> ids = List.copyOf(practiceIds);
    try (Connection connection = dataSource.getConnection()) {
      List<OpenIncident> incidents = incidents(connection, ids);
      Map<Long, String> practiceOf = new HashMap<>();
      incidents.forEach(incident -> practiceOf.put(incident.id(), incident.practiceId()));
      Notices notices = notices(connection, ids, practiceOf, horizon);
      return new OverviewData(incidents, containment(connection, ids), notices.open(), notices.dueDays(),
          failedAlerts(connection, ids),
          ResponseTimeQueries.read(connection, ids, now.minus(Duration.ofDays(ProviderOverview.RESPONSE_DAYS)), now));
    } catch (SQLException e) {
      throw new IllegalStateException("The provider overview could not be read", e);
    }
  }

  /** What the queries found. */
  record OverviewData(List<OpenIncident> incidents, Map<Long, Containment> containment,
      Map<Long, OpenNotices> notices, List<DueDay> dueDays, Map<String, Integer> failedAlerts,
      Map<String, ProviderOverview.ResponseRecord> responseRecords) {
  }

  private static final String OPEN_INCIDENTS_OF = " from incident i where i.phase <> 'CLOSED' and i.practice_id in ";

  private static List<OpenIncident> incidents(Connection connection, List<String> ids) throws SQLException {
    String sql = "select i.id, i.reference, i.practice_id, i.phase, i.reported_at" + OPEN_INCIDENTS_OF
        + placeholders(ids.size());
    List<OpenIncident> incidents = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          incidents.add(new OpenIncident(rows.getLong(1), rows.getString(2), rows.getString(3),
              Phase.valueOf(rows.getString(4)), rows.getObject(5, java.time.OffsetDateTime.class).toInstant()));
        }
      }
    }
    return incidents;
  }

  /**
   * Per practice, the alert deliveries that ran out of retries: the engine's incidents (what Cockpit shows) at the
   * alert steps of the practice's process instances (tenant = practice).
   */
  private static Map<String, Integer> failedAlerts(Connection connection, List<String> ids) throws SQLException {
    String sql = "select tenant_id_, count(*) from act_ru_incident where activity_id_ in ('"
        + BreachResponseProcess.TASK_ALERT_RESPONDERS + "', '" + BreachResponseProcess.TASK_RESOLVE_ALERT + "')"
        + " and tenant_id_ in " + placeholders(ids.size()) + " group by tenant_id_";
    Map<String, Integer> failed = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          failed.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return failed;
  }

  private static Map<Long, Containment> containment(Connection connection, List<String> ids) throws SQLException {
    String sql = "select t.incident_id, count(*),"
        + " sum(case when t.status in " + quoted(DONE) + " then 1 else 0 end),"
        + " sum(case when t.status in " + quoted(STUCK) + " then 1 else 0 end)"
        + " from containment_target t join incident i on i.id = t.incident_id"
        + " where i.phase <> 'CLOSED' and i.practice_id in " + placeholders(ids.size())
        + " group by t.incident_id";
    Map<Long, Containment> containment = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          containment.put(rows.getLong(1), new Containment(rows.getInt(3), rows.getInt(2), rows.getInt(4)));
        }
      }
    }
    return containment;
  }

  /**
   * The open incidents' notices still to send, counted per incident and due date in one query: from them, each
   * incident's count and earliest due date, and each practice's notices per day up to {@code horizon}.
   */
  private static Notices notices(Connection connection, List<String> ids, Map<Long, String> practiceOf,
      LocalDate horizon) throws SQLException {
    String sql = "select o.incident_id, o.due_date, count(*)"
        + " from notification_obligation o join incident i on i.id = o.incident_id"
        + " where o.status = '" + ObligationStatus.PLANNED.name() + "' and i.phase <> 'CLOSED'"
        + " and i.practice_id in " + placeholders(ids.size())
        + " group by o.incident_id, o.due_date";
    Map<Long, OpenNotices> open = new HashMap<>();
    Map<String, Map<LocalDate, Integer>> perDay = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          long incident = rows.getLong(1);
          LocalDate due = rows.getDate(2).toLocalDate();
          int count = rows.getInt(3);
          open.merge(incident, new OpenNotices(count, due), (a, b) -> new OpenNotices(a.count() + b.count(),
              a.nextDue().isBefore(b.nextDue()) ? a.nextDue() : b.nextDue()));
          String practice = practiceOf.get(incident);
          if (practice != null && !due.isAfter(horizon)) {
            perDay.computeIfAbsent(practice, p -> new HashMap<>()).merge(due, count, Integer::sum);
          }
        }
      }
    }
    List<DueDay> days = new ArrayList<>();
    perDay.forEach((practice, counts) -> counts.forEach((due, count) -> days.add(new DueDay(practice, due, count))));
    return new Notices(open, days);
  }

  private record Notices(Map<Long, OpenNotices> open, List<DueDay> dueDays) {
  }

  static String placeholders(int count) {
    return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
  }

  static void bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setString(first + i, values.get(i));
    }
  }

  /** Enum names as an SQL list; they are our own constants, never input. */
  private static String quoted(List<? extends Enum<?>> values) {
    return values.stream().map(value -> "'" + value.name() + "'").collect(Collectors.joining(", ", "(", ")"));
  }
}
