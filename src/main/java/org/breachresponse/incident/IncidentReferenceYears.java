package org.breachresponse.incident;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import javax.sql.DataSource;

/**
 * The counter row of each year, inserted in a transaction of its own ({@code REQUIRES_NEW}): when two
 * transactions insert the same year at once, one of them fails on the primary key and rolls back alone,
 * without marking the report transaction that asked for it rollback-only. Plain JDBC, so that the expected
 * duplicate key is a caught answer here, not an ERROR line of the persistence provider in the server log.
 */
@ApplicationScoped
class IncidentReferenceYears {

  /** SQL:2011's integrity constraint violation, unique; H2 and PostgreSQL both answer it for a duplicate key. */
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = "java:jboss/datasources/BreachResponseDS")
  private DataSource dataSource;

  /**
   * Inserts {@code year}'s row, numbered from zero, unless it exists; commits before it returns.
   *
   * @return false when another transaction inserted it at the same moment (its row appears once that commits)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  boolean open(Year year) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement exists = connection.prepareStatement(
          "select 1 from incident_reference_counter where reference_year = ?")) {
        exists.setInt(1, year.getValue());
        try (ResultSet row = exists.executeQuery()) {
          if (row.next()) {
            return true;
          }
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into incident_reference_counter (reference_year, last_number) values (?, 0)")) {
        insert.setInt(1, year.getValue());
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          return false;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The reference counter of " + year + " could not be created (SQL state "
          + e.getSQLState() + ")", e);
    }
  }
}
