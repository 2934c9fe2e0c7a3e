package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A database that ran a released migration before its comments were corrected still starts; a real edit does not. */
class AppliedMigrationCorrectionsTest {

  @Test
  void aDatabaseThatRanTheReleasedV4ValidatesAfterTheCorrection() throws SQLException {
    JdbcDataSource database = migrated("corrected-v4");
    recordChecksumOfV4(database, 770548503);
    assertThatThrownBy(() -> flyway(database).validate()).isInstanceOf(FlywayException.class);

    AppliedMigrationCorrections.apply(database, DatabaseMigration.HISTORY_TABLE);

    flyway(database).validate();
  }

  @Test
  void anyOtherChecksumIsLeftForFlywayToRefuse() throws SQLException {
    JdbcDataSource database = migrated("edited-v4");
    recordChecksumOfV4(database, 12345);

    AppliedMigrationCorrections.apply(database, DatabaseMigration.HISTORY_TABLE);

    assertThatThrownBy(() -> flyway(database).validate()).isInstanceOf(FlywayException.class)
        .hasMessageContaining("checksum");
  }

  @Test
  void aNewDatabaseHasNothingToCorrect() {
    JdbcDataSource database = dataSource("empty");
    AppliedMigrationCorrections.apply(database, DatabaseMigration.HISTORY_TABLE);
    assertThat(flyway(database).info().applied()).isEmpty();
  }

  private static JdbcDataSource migrated(String name) {
    JdbcDataSource database = dataSource(name);
    flyway(database).migrate();
    return database;
  }

  private static void recordChecksumOfV4(JdbcDataSource database, int checksum) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("update \"" + DatabaseMigration.HISTORY_TABLE + "\" set \"checksum\" = " + checksum
          + " where \"version\" = '4'");
    }
  }

  private static JdbcDataSource dataSource(String name) {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    return database;
  }

  private static Flyway flyway(JdbcDataSource database) {
    return Flyway.configure().dataSource(database).locations("classpath:db/migration")
        .table(DatabaseMigration.HISTORY_TABLE).load();
  }
}
