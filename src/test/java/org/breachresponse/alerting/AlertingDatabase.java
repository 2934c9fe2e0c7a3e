package org.breachresponse.alerting;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database with our tables as the migrations make them (V1 to the newest), for engine tests. */
public final class AlertingDatabase {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private AlertingDatabase() {
  }

  public static DataSource fresh() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:alerting-" + COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String migration : migrations()) {
        statement.execute("runscript from 'classpath:/db/migration/" + migration + "'");
      }
      statement.execute("insert into practice (id, version, name, time_zone, active, created_at, created_by,"
          + " directory_kind, edr_kind) values ('bright-smiles', 0, 'Bright Smiles', 'America/Chicago', true,"
          + " current_timestamp, 'test', 'NONE', 'NONE')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return dataSource;
  }

  /** The migrations' file names in version order (V2 before V10). */
  static List<String> migrations() {
    try (Stream<Path> files = Files.list(Path.of(AlertingDatabase.class.getResource("/db/migration").toURI()))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
          .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
          .toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
