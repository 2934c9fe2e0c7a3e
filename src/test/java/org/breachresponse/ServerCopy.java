package org.breachresponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A copy of the provisioned server ({@code target/server}, or the system property {@code breach.server}) in a
 * directory of its own, as an operator installs it: without the provisioning run's data, logs, temporary files,
 * configuration history and deployment markers. Used by {@link ProductionServer} and the cluster tests' nodes.
 */
public final class ServerCopy {

  private static final Set<String> NOT_COPIED = Set.of("data", "log", "tmp", "standalone_xml_history");

  private ServerCopy() {
  }

  /** The provisioned server the tests copy. */
  public static Path provisioned() {
    return Path.of(System.getProperty("breach.server", "target/server")).toAbsolutePath();
  }

  /** Copies {@link #provisioned()} to {@code home} (which it creates); fails when it was never provisioned. */
  public static void copyTo(Path home) {
    Path provisioned = provisioned();
    if (!Files.isExecutable(provisioned.resolve("bin/standalone.sh"))) {
      throw new IllegalStateException(provisioned + " is not a provisioned server: run mvn package first");
    }
    try (Stream<Path> files = Files.walk(provisioned)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = provisioned.relativize(source);
        if (relative.getNameCount() > 1 && relative.getName(0).toString().equals("standalone")
            && NOT_COPIED.contains(relative.getName(1).toString())
            || NOT_COPIED.contains(source.getFileName().toString())
            || isDeploymentMarker(source)) {
          continue;
        }
        Path target = home.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes the deployment scanner's markers of a copy whose server is stopped (or was killed), so that the
   * next start's {@code .deployed} marker tells that start's outcome.
   */
  public static void removeDeploymentMarkers(Path home) {
    try (Stream<Path> files = Files.list(home.resolve("standalone/deployments"))) {
      for (Path marker : files.filter(ServerCopy::isDeploymentMarker).toList()) {
        Files.deleteIfExists(marker);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last {@code count} lines of a log file, headed by its name, for a failure message; empty if unreadable. */
  public static String tail(Path log, int count) {
    try {
      List<String> lines = Files.readAllLines(log);
      return "\n--- " + log.getFileName() + " (last " + count + " lines) ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static boolean isDeploymentMarker(Path file) {
    return file.getFileName().toString().matches(".*\\.war\\.(deployed|failed|isdeploying|pending|undeployed)");
  }
}
