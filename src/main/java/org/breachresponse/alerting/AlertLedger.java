package org.breachresponse.alerting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.breachresponse.process.ApplicationSettings;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Which alerts went out ({@code alert_delivery}, V13), so that the same breach never pages twice for the same step:
 * a delivery is claimed, made, and marked delivered, each in a transaction of its own apart from the job's, so that
 * a retry after a rollback, or another node taking the job over, finds it done. A claim lasts
 * {@value #CLAIM_SECONDS} seconds, longer than a delivery may take ({@link Webhooks#TIMEOUT}) and shorter than the
 * first retry: a retry after a node died delivers.
 */
@ApplicationScoped
public class AlertLedger {

  static final long CLAIM_SECONDS = 30;
  private static final String UNIQUE_VIOLATION = "23505";

  /** One alert on one channel ({@code email} or an alert channel's id). */
  public record Key(String reference, ResponseStep step, AlertAction action, String channel) {
  }

  @Resource(lookup = "java:jboss/datasources/BreachResponseDS")
  private DataSource dataSource;

  private String nodeName;

  protected AlertLedger() {
  }

  public AlertLedger(DataSource dataSource, String nodeName) {
    this.dataSource = dataSource;
    this.nodeName = nodeName;
  }

  /**
   * @return true: deliver it now, then {@link #delivered}; false: it was delivered before
   * @throws AlertNotDeliveredException while another node or attempt holds a live claim (the job retries later)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(Key key) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant until = now.plus(Duration.ofSeconds(CLAIM_SECONDS));
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement select = connection.prepareStatement("select claimed_until, delivered_at from alert_delivery"
          + " where incident_reference = ? and step = ? and action = ? and channel = ? for update")) {
        bind(select, key, 1);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            if (row.getTimestamp("delivered_at") != null) {
              return false;
            }
            if (row.getTimestamp("claimed_until").toInstant().isAfter(now)) {
              throw beingDelivered(key);
            }
            write(connection, "update alert_delivery set claimed_by = ?, claimed_until = ? where incident_reference = ?"
                + " and step = ? and action = ? and channel = ?", key, until);
            return true;
          }
        }
      }
      try {
        write(connection, "insert into alert_delivery (claimed_by, claimed_until, incident_reference, step, action,"
            + " channel) values (?, ?, ?, ?, ?, ?)", key, until);
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw beingDelivered(key);
        }
        throw e;
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim the alert " + key, e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delivered(Key key) {
    update("update alert_delivery set delivered_at = ? where incident_reference = ? and step = ? and action = ?"
        + " and channel = ?", key, true);
  }

  /** The delivery failed: the claim goes, so the job's retry delivers without waiting for it to run out. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(Key key) {
    update("delete from alert_delivery where incident_reference = ? and step = ? and action = ? and channel = ?"
        + " and delivered_at is null", key, false);
  }

  private void write(Connection connection, String sql, Key key, Instant until) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, node());
      statement.setTimestamp(2, Timestamp.from(until));
      bind(statement, key, 3);
      statement.executeUpdate();
    }
  }

  private void update(String sql, Key key, boolean stamped) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = connection.prepareStatement(sql)) {
      int first = 1;
      if (stamped) {
        statement.setTimestamp(first++, Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
      }
      bind(statement, key, first);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the alert " + key, e);
    }
  }

  private static void bind(PreparedStatement statement, Key key, int first) throws SQLException {
    statement.setString(first, key.reference());
    statement.setString(first + 1, key.step().field());
    statement.setString(first + 2, key.action().name());
    statement.setString(first + 3, key.channel());
  }

  private static AlertNotDeliveredException beingDelivered(Key key) {
    return new AlertNotDeliveredException("The alert " + key + " is being delivered by another attempt; retried later",
        null);
  }

  private String node() {
    if (nodeName == null) {
      nodeName = ApplicationSettings.nodeNameFromSystemProperties();
    }
    return nodeName;
  }
}
