package org.breachresponse.provider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.breachresponse.alerting.ResponseStep;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.provider.ProviderOverview.ResponseRecord;

/**
 * Each practice's first hours over a period, from the engine's task history (tenant = practice), in three queries
 * whatever the number of incidents: the early steps' tasks against their due dates, the claims of
 * {@code Confirm the breach} (time to acknowledge), and approvals of containment with the start of
 * {@code Watch entry and exit points} (time to contain). Medians, not means: one forgotten weekend incident should
 * not hide how the usual ones go.
 */
final class ResponseTimeQueries {

  private ResponseTimeQueries() {
  }

  static Map<String, ResponseRecord> read(Connection connection, List<String> ids, Instant since, Instant now)
      throws SQLException {
    Map<String, Counts> counts = new HashMap<>();
    String steps = Arrays.stream(ResponseStep.values()).map(step -> "'" + step.taskId() + "'")
        .collect(Collectors.joining(", "));
    try (PreparedStatement statement = connection.prepareStatement("select tenant_id_, task_def_key_, start_time_,"
        + " end_time_, due_date_, delete_reason_ from act_hi_taskinst where task_def_key_ in (" + steps + ")"
        + " and start_time_ >= ? and tenant_id_ in " + OverviewQueries.placeholders(ids.size()))) {
      statement.setTimestamp(1, Timestamp.from(since));
      OverviewQueries.bind(statement, 2, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Counts practice = counts.computeIfAbsent(rows.getString(1), id -> new Counts());
          Instant start = instant(rows.getTimestamp(3));
          Instant end = instant(rows.getTimestamp(4));
          Instant due = instant(rows.getTimestamp(5));
          boolean completed = end != null && "completed".equals(rows.getString(6));
          if (due != null && completed) {
            if (end.isAfter(due)) {
              practice.missed++;
            } else {
              practice.met++;
            }
          } else if (due != null && end == null && now.isAfter(due)) {
            practice.missed++; // still open past its target; a task the process cancelled counts neither way
          }
          if (completed && BreachResponseProcess.TASK_CONFIRM_BREACH.equals(rows.getString(2))) {
            practice.toConfirm.add(Duration.between(start, end));
          }
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement("select t.tenant_id_, t.start_time_,"
        + " min(l.timestamp_) from act_hi_taskinst t join act_hi_identitylink l on l.task_id_ = t.id_"
        + " and l.type_ = 'assignee' and l.operation_type_ = 'add' where t.task_def_key_ = ? and t.start_time_ >= ?"
        + " and t.tenant_id_ in " + OverviewQueries.placeholders(ids.size()) + " group by t.id_, t.tenant_id_,"
        + " t.start_time_")) {
      statement.setString(1, BreachResponseProcess.TASK_CONFIRM_BREACH);
      statement.setTimestamp(2, Timestamp.from(since));
      OverviewQueries.bind(statement, 3, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.computeIfAbsent(rows.getString(1), id -> new Counts()).toAcknowledge
              .add(Duration.between(instant(rows.getTimestamp(2)), instant(rows.getTimestamp(3))));
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement("select a.tenant_id_, a.end_time_,"
        + " min(w.start_time_) from act_hi_taskinst a join act_hi_taskinst w on w.proc_inst_id_ = a.proc_inst_id_"
        + " and w.task_def_key_ = ? where a.task_def_key_ = ? and a.end_time_ is not null and a.start_time_ >= ?"
        + " and a.tenant_id_ in " + OverviewQueries.placeholders(ids.size()) + " group by a.id_, a.tenant_id_,"
        + " a.end_time_")) {
      statement.setString(1, BreachResponseProcess.TASK_WATCH_ENTRY_AND_EXIT_POINTS);
      statement.setString(2, BreachResponseProcess.TASK_APPROVE_CONTAINMENT);
      statement.setTimestamp(3, Timestamp.from(since));
      OverviewQueries.bind(statement, 4, ids);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.computeIfAbsent(rows.getString(1), id -> new Counts()).toContain
              .add(Duration.between(instant(rows.getTimestamp(2)), instant(rows.getTimestamp(3))));
        }
      }
    }
    Map<String, ResponseRecord> records = new HashMap<>();
    counts.forEach((practice, c) -> records.put(practice, new ResponseRecord(c.met, c.missed,
        median(c.toAcknowledge), median(c.toConfirm), median(c.toContain))));
    return records;
  }

  /** The median as an ISO-8601 duration (the lower middle of an even count); null for none. */
  static String median(List<Duration> durations) {
    if (durations.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(durations);
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2).toString();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static final class Counts {
    int met;
    int missed;
    final List<Duration> toAcknowledge = new ArrayList<>();
    final List<Duration> toConfirm = new ArrayList<>();
    final List<Duration> toContain = new ArrayList<>();
  }
}
