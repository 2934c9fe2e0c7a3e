package org.breachresponse.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.breachresponse.notification.obligation.ObligationStatus;

/**
 * The installation's figures every node sees alike, read from the shared database in a few aggregate queries:
 * jobs waiting past their due time, each practice's notices still to send and overdue, and the containment
 * actions by action and outcome. Counts only: no incident, person or machine is named. Portable SQL (H2,
 * PostgreSQL).
 */
final class InstallationQueries {

  /** A practice's notices still to send (of open incidents), and how many of them are past their due day. */
  record PracticeNotices(String practiceId, long due, long overdue) {
  }

  /** How many containment attempts of one action ended with one outcome. */
  record ActionOutcome(String action, String outcome, long count) {
  }

  private final DataSource dataSource;

  InstallationQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Jobs any node could run now but none has taken for longer than {@code grace}: retries left, not suspended,
   * not locked (or the lock expired, its node gone), and due (Camunda's {@code DUEDATE_}, set on every job here,
   * else its creation) before {@code now - grace}. A growing number means the job executors do not keep up, or none
   * runs.
   */
  long overdueJobs(Instant now, Duration grace) {
    String sql = "select count(*) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1"
        + " and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < ?) and coalesce(DUEDATE_, CREATE_TIME_) < ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setTimestamp(1, Timestamp.from(now));
      statement.setTimestamp(2, Timestamp.from(now.minus(grace)));
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The overdue jobs could not be counted", e);
    }
  }

  /**
   * Per practice (every practice, also those with none), its notices still to send of incidents not closed, and of
   * them those whose due day has ended in the practice's time zone (a notice is due until the end of its due day
   * there, as everywhere in the application).
   */
  List<PracticeNotices> notices(Instant now) {
    String practices = "select id, time_zone from practice order by id";
    String open = "select i.practice_id, o.due_date, count(*)"
        + " from notification_obligation o join incident i on i.id = o.incident_id"
        + " where o.status = '" + ObligationStatus.PLANNED.name() + "' and i.phase <> 'CLOSED'"
        + " group by i.practice_id, o.due_date";
    try (Connection connection = dataSource.getConnection()) {
      Map<String, ZoneId> zones = new LinkedHashMap<>();
      Map<String, long[]> counts = new LinkedHashMap<>();
      try (PreparedStatement statement = connection.prepareStatement(practices);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          zones.put(rows.getString(1), zone(rows.getString(2)));
          counts.put(rows.getString(1), new long[2]);
        }
      }
      try (PreparedStatement statement = connection.prepareStatement(open);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String practice = rows.getString(1);
          if (practice == null || !zones.containsKey(practice)) {
            continue;
          }
          LocalDate due = rows.getDate(2).toLocalDate();
          long count = rows.getLong(3);
          long[] dueAndOverdue = counts.get(practice);
          dueAndOverdue[0] += count;
          if (due.isBefore(LocalDate.ofInstant(now, zones.get(practice)))) {
            dueAndOverdue[1] += count;
          }
        }
      }
      List<PracticeNotices> notices = new ArrayList<>();
      counts.forEach((practice, c) -> notices.add(new PracticeNotices(practice, c[0], c[1])));
      return notices;
    } catch (SQLException e) {
      throw new IllegalStateException("The notices could not be counted", e);
    }
  }

  /** The containment actions recorded so far (the table is append-only), by action and outcome. */
  List<ActionOutcome> containmentActions() {
    String sql = "select action, outcome, count(*) from containment_action group by action, outcome order by action, outcome";
    List<ActionOutcome> outcomes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        outcomes.add(new ActionOutcome(rows.getString(1), rows.getString(2), rows.getLong(3)));
      }
      return outcomes;
    } catch (SQLException e) {
      throw new IllegalStateException("The containment actions could not be counted", e);
    }
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException | NullPointerException e) {
      return ZoneOffset.UTC;
    }
  }
}
