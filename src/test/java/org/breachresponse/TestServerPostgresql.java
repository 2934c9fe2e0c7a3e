package org.breachresponse;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database the test server uses in the PostgreSQL pass: the one {@code .ci/start-postgresql.sh} makes
 * and the server's datasource defaults to (README, "PostgreSQL"), or {@code -Dbreach.test.postgresql-url}.
 */
public final class TestServerPostgresql {

  private TestServerPostgresql() {
  }

  /** Whether this run's test server is on PostgreSQL ({@code -Dbreach.database=postgresql}). */
  public static boolean inUse() {
    return "postgresql".equals(System.getProperty("breach.database"));
  }

  public static PGSimpleDataSource dataSource() {
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setUrl(System.getProperty("breach.test.postgresql-url", "jdbc:postgresql://localhost:5432/breach_response"));
    database.setUser("breach_response");
    database.setPassword("breach_response");
    return database;
  }
}
