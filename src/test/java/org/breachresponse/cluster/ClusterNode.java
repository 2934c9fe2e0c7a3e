package org.breachresponse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.breachresponse.ServerCopy;
import org.breachresponse.ServerShutdown;

/**
 * One node of the {@link LocalCluster}: its own copy of the provisioned server, started with
 * {@code bin/standalone.sh} and a port offset, as an operator starts each node. {@link #kill()} is a
 * {@code kill -9} of the WildFly JVM, a machine losing power as far as the other node and the database can tell.
 */
final class ClusterNode {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final String name;
  private final int portOffset;
  private final Path home;
  private final Map<String, String> environment;
  private final String javaOptions;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int starts;

  ClusterNode(String name, int portOffset, Path directory, Map<String, String> environment, String javaOptions) {
    this.name = name;
    this.portOffset = portOffset;
    this.home = directory.resolve(name).toAbsolutePath();
    this.environment = Map.copyOf(environment);
    this.javaOptions = javaOptions;
  }

  String name() {
    return name;
  }

  int httpPort() {
    return 8080 + portOffset;
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + httpPort() + "/camunda/");
  }

  Path home() {
    return home;
  }

  Path serverLog() {
    return home.resolve("standalone/log/server.log");
  }

  /** What the start script and the JVM wrote to standard output and error, for every start of this node. */
  Path consoleLog() {
    return home.resolve("console.log");
  }

  boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Starts the server (copying the provisioned server on the first start); does not wait for it. */
  void launch() {
    if (isRunning()) {
      throw new IllegalStateException(name + " is running already");
    }
    try {
      if (!Files.exists(home.resolve("bin/standalone.sh"))) {
        ServerCopy.copyTo(home);
      }
      ServerCopy.removeDeploymentMarkers(home);
      starts++;
      Files.writeString(consoleLog(), "\n===== start " + starts + " of " + name + " at " + Instant.now() + " =====\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
          "-Djboss.socket.binding.port-offset=" + portOffset)
          .directory(home.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
      Map<String, String> env = builder.environment();
      // Nothing of the test JVM's own settings (failsafe's BREACH_* for the Arquillian server) leaks in.
      env.keySet().removeIf(variable -> variable.startsWith("BREACH_") || variable.equals("JBOSS_HOME")
          || variable.equals("JAVA_OPTS") || variable.equals("JDK_JAVA_OPTIONS"));
      env.putAll(environment);
      env.put("JAVA_OPTS", javaOptions);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the node is ready: {@code GET /camunda/health/ready} answers 200. While a server has no health
   * endpoint yet (404), the deployment scanner's {@code camunda.war.deployed} marker and an answering welcome page
   * stand in for it.
   */
  void awaitReady() {
    Path deployments = home.resolve("standalone/deployments");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(deployments.resolve("camunda.war.failed"))) {
        throw new IllegalStateException(name + ": the WAR failed to deploy" + ServerCopy.tail(consoleLog(), 60));
      }
      if (!isRunning()) {
        throw new IllegalStateException(name + " stopped with exit code " + process.exitValue()
            + ServerCopy.tail(consoleLog(), 60));
      }
      int health = status(baseUrl().resolve("health/ready"));
      if (health == 200 || health == 404 && Files.exists(deployments.resolve("camunda.war.deployed"))
          && status(baseUrl().resolve("app/welcome/")) > 0 && status(baseUrl().resolve("app/welcome/")) < 500) {
        return;
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + ServerCopy.tail(consoleLog(), 60));
  }

  /** {@code kill -9} of the WildFly JVM (and the start script around it); returns once they are gone. */
  void kill() {
    if (!isRunning()) {
      throw new IllegalStateException(name + " is not running");
    }
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    ProcessHandle jvm = all.stream().filter(ClusterNode::isJava).findFirst()
        .orElseThrow(() -> new IllegalStateException(name + ": no java process under " + process.pid()));
    jvm.destroyForcibly();
    all.forEach(ProcessHandle::destroyForcibly);
    awaitExit(all, Duration.ofSeconds(30));
    process = null;
  }

  /** Stops the node gracefully (SIGTERM: WildFly shuts down), killing it if it takes over a minute. */
  void stop() {
    if (process == null) {
      return;
    }
    ServerShutdown.graceful(process);
    process = null;
  }

  /** The pid of the node's WildFly JVM, if it runs. */
  Optional<Long> jvmPid() {
    if (!isRunning()) {
      return Optional.empty();
    }
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
        .filter(ClusterNode::isJava).map(ProcessHandle::pid).findFirst();
  }

  private static boolean isJava(ProcessHandle handle) {
    return handle.info().command().map(command -> command.endsWith("/java")).orElse(false);
  }

  private static void awaitExit(List<ProcessHandle> handles, Duration timeout) {
    for (ProcessHandle handle : handles) {
      try {
        handle.onExit().get(timeout.toSeconds(), TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("process " + handle.pid() + " did not exit after SIGKILL", e);
      }
    }
  }

  private int status(URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
