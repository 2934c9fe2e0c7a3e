package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second server on an H2 file another server holds is refused with a message naming BREACH_DB_URL and
 * PostgreSQL; the other server is a second JVM here ({@link H2FileHolder}), as it is in production.
 */
class H2SingleNodeTest {

  @TempDir
  Path directory;

  @Test
  void aFileAnotherProcessHoldsIsRefusedNamingPostgreSql() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("breach-response") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), H2FileHolder.class.getName(), url)
        .redirectErrorStream(true).start();
    try {
      BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(output.readLine()).isEqualTo(H2FileHolder.OPEN);

      assertThatThrownBy(() -> H2SingleNode.check(dataSource(url)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("BREACH_DB_URL")
          .hasMessageContaining("PostgreSQL")
          .cause().isInstanceOf(SQLException.class);
    } finally {
      holder.getOutputStream().close();
      holder.waitFor(30, TimeUnit.SECONDS);
      holder.destroyForcibly();
    }
    assertThatCode(() -> H2SingleNode.check(dataSource(url))).as("the file once the other process let it go")
        .doesNotThrowAnyException();
  }

  @Test
  void otherFailuresAreNotTakenForAFileInUse() {
    assertThat(H2SingleNode.openElsewhere(new SQLException("wrong password", "28000", 28000))).isFalse();
    assertThat(H2SingleNode.openElsewhere(new IllegalStateException("wrapped",
        new SQLException("not H2", "90020", H2SingleNode.DATABASE_ALREADY_OPEN)))).isFalse();
  }

  private static JdbcDataSource dataSource(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    return dataSource;
  }
}
