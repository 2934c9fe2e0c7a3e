package org.breachresponse.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database with the notice e-mail ledger's table, made by its migration (V9). */
public final class NoticeMailDatabase {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private NoticeMailDatabase() {
  }

  public static DataSource fresh() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:notice-mail-" + COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("runscript from 'classpath:/db/migration/V9__notice_mail.sql'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return dataSource;
  }
}
