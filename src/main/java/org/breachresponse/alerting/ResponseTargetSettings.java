package org.breachresponse.alerting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Each practice's response-time targets ({@code response_target}, V13): the default of every step
 * ({@link ResponseStep#defaultTarget()}) unless the practice set its own.
 */
@ApplicationScoped
public class ResponseTargetSettings {

  @Resource(lookup = "java:jboss/datasources/BreachResponseDS")
  private DataSource dataSource;

  protected ResponseTargetSettings() {
  }

  public ResponseTargetSettings(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every step's target at practice {@code practiceId}; the defaults for null (an engine test without practices). */
  public Map<ResponseStep, Duration> of(String practiceId) {
    Map<ResponseStep, Duration> targets = new EnumMap<>(ResponseStep.class);
    for (ResponseStep step : ResponseStep.values()) {
      targets.put(step, step.defaultTarget());
    }
    if (practiceId == null) {
      return targets;
    }
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement(
             "select step, minutes from response_target where practice_id = ?")) {
      select.setString(1, practiceId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int minutes = rows.getInt("minutes");
          ResponseStep.ofField(rows.getString("step"))
              .ifPresent(step -> targets.put(step, Duration.ofMinutes(minutes)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the response-time targets of practice " + practiceId, e);
    }
    return targets;
  }

  /** The IT provider's escalation contact of practice {@code practiceId}, if one is set. */
  public Optional<String> escalationEmail(String practiceId) {
    if (practiceId == null) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement(
             "select email from response_escalation where practice_id = ?")) {
      select.setString(1, practiceId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the escalation contact of practice " + practiceId, e);
    }
  }

  /** Sets the practice's escalation contact; null: none. */
  public void saveEscalationEmail(String practiceId, String email) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement delete = connection.prepareStatement(
          "delete from response_escalation where practice_id = ?")) {
        delete.setString(1, practiceId);
        delete.executeUpdate();
      }
      if (email != null) {
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into response_escalation (practice_id, email) values (?, ?)")) {
          insert.setString(1, practiceId);
          insert.setString(2, email);
          insert.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the escalation contact of practice " + practiceId, e);
    }
  }

  /** Stores the practice's targets: a step at its default is stored as no row, so a changed default applies. */
  public void save(String practiceId, Map<ResponseStep, Duration> targets) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement delete = connection.prepareStatement("delete from response_target where practice_id = ?")) {
        delete.setString(1, practiceId);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into response_target (practice_id, step, minutes) values (?, ?, ?)")) {
        for (Map.Entry<ResponseStep, Duration> target : targets.entrySet()) {
          if (!target.getValue().equals(target.getKey().defaultTarget())) {
            insert.setString(1, practiceId);
            insert.setString(2, target.getKey().field());
            insert.setInt(3, (int) target.getValue().toMinutes());
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the response-time targets of practice " + practiceId, e);
    }
  }
}
