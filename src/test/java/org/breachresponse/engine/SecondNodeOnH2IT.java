package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.breachresponse.ProductionServer;
import org.junit.jupiter.api.Test;

/**
 * H2 stays single-node: a second provisioned server started on the H2 file a running server holds refuses to
 * deploy, with one ERROR line naming BREACH_DB_URL and PostgreSQL instead of the driver's "Database may be
 * already in use"; the first server carries on (docs/adr/0014-cluster-of-nodes.md). H2 pass only.
 */
class SecondNodeOnH2IT {

  @Test
  void aSecondServerOnTheSameH2FileRefusesToStartNamingPostgreSql() throws IOException {
    assumeFalse("postgresql".equals(System.getProperty("breach.database")), "H2 only");
    Path directory = Path.of("target", "second-node-on-h2").toAbsolutePath();
    deleteRecursively(directory);
    int offset = Integer.getInteger("breach.production.port-offset", 200);
    try (ProductionServer first = ProductionServer.start(directory.resolve("node-a"), offset + 60,
        Map.of("BREACH_NODE_NAME", "node-a"), List.of())) {
      Map<String, String> sameFile = Map.of(
          "BREACH_NODE_NAME", "node-b",
          "BREACH_DB_URL", first.databaseUrl() + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
          "BREACH_DB_PASSWORD", new String(first.trustStorePassword()));

      assertThatThrownBy(() -> ProductionServer.start(directory.resolve("node-b"), offset + 70, sameFile, List.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("failed to deploy");

      List<String> errors = errorLines(directory.resolve("node-b/server/standalone/log/server.log"));
      errors.forEach(System.out::println);
      assertThat(errors).anySatisfy(line -> assertThat(line)
          .contains("BREACH_DB_URL").contains("PostgreSQL").contains("H2 serves one node only"));
      first.assertNoErrorsLogged();
    }
  }

  private static List<String> errorLines(Path log) throws IOException {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(" ERROR ")).toList();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
