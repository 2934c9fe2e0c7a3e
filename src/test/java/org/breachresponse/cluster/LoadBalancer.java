package org.breachresponse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.breachresponse.ServerCopy;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real HAProxy (Debian's {@code haproxy} package) running the repository's {@code deploy/haproxy.cfg}, with the
 * environment variables that file reads. A second configuration file made here adds an admin socket only (HAProxy
 * merges the global sections of several {@code -f} files; management guide, "Unix Socket commands"), through which
 * {@link #serverStates()} reads each node's state as HAProxy's health checks see it ({@code show stat}).
 */
final class LoadBalancer {

  static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final int port;
  private final Path directory;
  private final Map<String, String> nodes;
  private Process process;

  /** {@code nodes}: the environment variables naming the nodes, e.g. BREACH_NODE_A -> 127.0.0.1:8480. */
  LoadBalancer(int port, Path directory, Map<String, String> nodes) {
    this.port = port;
    this.directory = directory.toAbsolutePath();
    this.nodes = Map.copyOf(nodes);
  }

  /** HAProxy is a Debian package: CI must install it ({@code .ci/test} does); a developer may go without. */
  static void requireHaproxy() {
    if (Files.isExecutable(HAPROXY)) {
      return;
    }
    String reason = "The cluster tests need HAProxy, but " + HAPROXY + " is missing. Install it with: apt-get install -y haproxy";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.fail("CI must install HAProxy for the cluster tests. " + reason);
    }
    System.err.println("*** SKIPPING CLUSTER TEST *** " + reason);
    Assumptions.abort(reason);
  }

  /** {@code deploy/haproxy.cfg}, or the file the system property {@code breach.cluster.haproxy-config} names. */
  static Path configuration() {
    Path file = Path.of(System.getProperty("basedir", "."))
        .resolve(System.getProperty("breach.cluster.haproxy-config", "deploy/haproxy.cfg")).toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("No HAProxy configuration at " + file);
    }
    return file;
  }

  int port() {
    return port;
  }

  Path log() {
    return directory.resolve("haproxy.log");
  }

  void start() {
    try {
      Files.createDirectories(directory);
      Files.deleteIfExists(socket());
      Path admin = directory.resolve("haproxy-admin.cfg");
      Files.writeString(admin, "# Made by the cluster test: the admin socket it reads the nodes' states from\n"
          + "global\n    stats socket " + socket() + " mode 600 level admin\n");
      List<String> command = List.of(HAPROXY.toString(), "-db", "-f", configuration().toString(), "-f", admin.toString());
      ProcessBuilder check = builder(List.of(HAPROXY.toString(), "-c", "-f", configuration().toString(), "-f", admin.toString()));
      Process checking = check.redirectOutput(directory.resolve("haproxy-check.log").toFile()).start();
      if (checking.waitFor() != 0) {
        throw new IllegalStateException("HAProxy refuses the configuration:\n" + Files.readString(directory.resolve("haproxy-check.log")));
      }
      process = builder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      while (!(accepts() && Files.exists(socket()))) {
        if (!process.isAlive()) {
          throw new IllegalStateException("HAProxy stopped with exit code " + process.exitValue() + ServerCopy.tail(log(), 30));
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("HAProxy does not listen on " + port + ServerCopy.tail(log(), 30));
        }
        ClusterNode.sleep(Duration.ofMillis(200));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Each node's state as HAProxy's health checks see it, keyed by the node's address (e.g. 127.0.0.1:8480 ->
   * "UP", "DOWN", "UP 1/2"), read from {@code show stat} on the admin socket.
   */
  Map<String, String> serverStates() {
    Map<String, String> states = new HashMap<>();
    String[] header = null;
    for (String line : command("show stat").split("\n")) {
      if (line.startsWith("# ")) {
        header = line.substring(2).split(",", -1);
        continue;
      }
      if (header == null || line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      int status = Arrays.asList(header).indexOf("status");
      int address = Arrays.asList(header).indexOf("addr");
      if (address >= 0 && address < fields.length && !fields[address].isEmpty()) {
        states.put(fields[address], fields[status]);
      }
    }
    return states;
  }

  /** Waits until HAProxy's health checks see the node at {@code address} in {@code state} ("UP" or "DOWN"). */
  void awaitState(String address, String state, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!state.equals(serverStates().get(address))) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("HAProxy does not see " + address + " " + state + " within " + timeout
            + ": " + serverStates() + ServerCopy.tail(log(), 20));
      }
      ClusterNode.sleep(Duration.ofMillis(250));
    }
  }

  void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().put("BREACH_LB_PORT", Integer.toString(port));
    // Loopback only, where deploy/haproxy.cfg reads a listen address (unset there: every interface).
    builder.environment().put("BREACH_LB_ADDRESS", "127.0.0.1");
    builder.environment().putAll(nodes);
    return builder;
  }

  private Path socket() {
    return directory.resolve("haproxy.sock");
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String command(String command) {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket()));
      channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      StringBuilder answer = new StringBuilder();
      while (channel.read(buffer) > 0) {
        buffer.flip();
        answer.append(StandardCharsets.US_ASCII.decode(buffer));
        buffer.clear();
      }
      return answer.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("HAProxy's admin socket " + socket(), e);
    }
  }
}
