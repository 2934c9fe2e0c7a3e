package org.breachresponse.notification.notice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.breachresponse.process.ApplicationSettings;

/**
 * Which notice e-mails went out ({@code notice_mail}, V9). Each method runs in a transaction of its own, apart
 * from the job's: a claim and a "sent" stay committed when the job's transaction rolls back (e.g. an
 * optimistic-locking failure against a concurrent job of the same incident on another node), so the job's retry
 * sends nothing a second time (docs/adr/0014-cluster-of-nodes.md).
 */
@ApplicationScoped
public class NoticeMailLedger {

  /**
   * How long a claim keeps other nodes and retries from sending. Longer than a send takes; shorter than the
   * steps' first retry (5 and 10 minutes, bpmn/breach-response.bpmn), so a retry after a crash sends.
   */
  static final Duration CLAIM = Duration.ofMinutes(2);
  /** SQLSTATE of a unique violation, in PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** What a claim found. */
  public enum Claim {
    /** Claimed: send now, then {@link #sent}. */
    SEND,
    /** Sent before: send nothing. */
    ALREADY_SENT
  }

  /** One e-mail: a notice's reminder or overdue escalation, for the due date it was about. */
  public record Key(long obligationId, String kind, LocalDate dueDate) {
  }

  @Resource(lookup = "java:jboss/datasources/BreachResponseDS")
  private DataSource dataSource;

  @Inject
  private Clock clock;

  private String nodeName;

  protected NoticeMailLedger() {
  }

  public NoticeMailLedger(DataSource dataSource, Clock clock, String nodeName) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.nodeName = nodeName;
  }

  /**
   * Claims the e-mail for this node: {@link Claim#SEND} if nobody sent it and nobody else is sending it now
   * (or whoever claimed it ran out of time without sending: its node died), {@link Claim#ALREADY_SENT} if it
   * went out before.
   *
   * @throws NoticeMailBeingSentException if another node or attempt holds a live claim: the job retries later
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Claim claim(Key key) {
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement select = connection.prepareStatement("select claimed_by, claimed_until, sent_at"
          + " from notice_mail where obligation_id = ? and kind = ? and due_date = ? for update")) {
        bind(select, key);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            if (row.getTimestamp("sent_at") != null) {
              return Claim.ALREADY_SENT;
            }
            Instant until = row.getTimestamp("claimed_until").toInstant();
            if (until.isAfter(now)) {
              throw new NoticeMailBeingSentException(key, row.getString("claimed_by"), until);
            }
            try (PreparedStatement reclaim = connection.prepareStatement("update notice_mail set claimed_by = ?,"
                + " claimed_until = ? where obligation_id = ? and kind = ? and due_date = ?")) {
              reclaim.setString(1, node());
              reclaim.setTimestamp(2, Timestamp.from(now.plus(CLAIM)));
              reclaim.setLong(3, key.obligationId());
              reclaim.setString(4, key.kind());
              reclaim.setDate(5, Date.valueOf(key.dueDate()));
              reclaim.executeUpdate();
            }
            return Claim.SEND;
          }
        }
      }
      try (PreparedStatement insert = connection.prepareStatement("insert into notice_mail"
          + " (obligation_id, kind, due_date, claimed_by, claimed_until) values (?, ?, ?, ?, ?)")) {
        bind(insert, key);
        insert.setString(4, node());
        insert.setTimestamp(5, Timestamp.from(now.plus(CLAIM)));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          // Claimed a moment ago by another node: its transaction rolls back with this exception.
          throw new NoticeMailBeingSentException(key, "another node", now.plus(CLAIM));
        }
        throw e;
      }
      return Claim.SEND;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim the notice e-mail " + key, e);
    }
  }

  /** The e-mail went out: no retry and no other node sends it again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(Key key) {
    update("update notice_mail set sent_at = ? where obligation_id = ? and kind = ? and due_date = ?", key, true);
  }

  /** Sending failed: the claim goes, so the job's retry sends without waiting for it to run out. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(Key key) {
    update("delete from notice_mail where obligation_id = ? and kind = ? and due_date = ? and sent_at is null",
        key, false);
  }

  private void update(String sql, Key key, boolean stamped) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = connection.prepareStatement(sql)) {
      int first = 1;
      if (stamped) {
        statement.setTimestamp(1, Timestamp.from(clock.instant()));
        first = 2;
      }
      statement.setLong(first, key.obligationId());
      statement.setString(first + 1, key.kind());
      statement.setDate(first + 2, Date.valueOf(key.dueDate()));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the notice e-mail " + key, e);
    }
  }

  private static void bind(PreparedStatement statement, Key key) throws SQLException {
    statement.setLong(1, key.obligationId());
    statement.setString(2, key.kind());
    statement.setDate(3, Date.valueOf(key.dueDate()));
  }

  private String node() {
    if (nodeName == null) {
      nodeName = ApplicationSettings.nodeNameFromSystemProperties();
    }
    return nodeName;
  }
}
