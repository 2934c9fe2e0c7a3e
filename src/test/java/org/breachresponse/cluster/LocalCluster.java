package org.breachresponse.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two Breach Response nodes on one fresh PostgreSQL database behind a real HAProxy, all on loopback, for the
 * cluster tests ({@code *IT} in this package, run by failsafe; not Arquillian):
 * <ul>
 *   <li>database {@code breach_cluster} on localhost:5432, dropped and created again ({@code .ci/start-postgresql.sh}
 *       must have run);</li>
 *   <li>{@code node-a} (port offset 400, http 8480) and {@code node-b} (offset 410, http 8490): copies of the
 *       PostgreSQL-provisioned {@code target/server} under {@code target/cluster-test/}, development mode, one shared
 *       {@code BREACH_SECRETS_KEY}, mail to the {@link #mail() GreenMail} SMTP server this cluster runs on
 *       {@link #SMTP_PORT};</li>
 *   <li>HAProxy on 8470 with {@code deploy/haproxy.cfg}.</li>
 * </ul>
 * Typical use: {@code try (LocalCluster cluster = LocalCluster.builder().start()) { ... cluster.balancer() ... }}.
 */
public final class LocalCluster implements AutoCloseable {

  public static final String NODE_A = "node-a";
  public static final String NODE_B = "node-b";
  public static final int BALANCER_PORT = 8470;
  public static final int SMTP_PORT = 3470;
  /** The cookie HAProxy sets to keep a browser on one node; its value names the node (see {@link #nodeForCookie}). */
  public static final String STICKY_COOKIE = "BREACH_NODE";

  private final Map<String, ClusterNode> nodes = new LinkedHashMap<>();
  private final LoadBalancer balancer;
  private final GreenMail mail;
  private final Path directory;

  private LocalCluster(Builder builder) {
    this.directory = builder.directory;
    this.mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    String secretsKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    String javaOptions = String.join(" ", "-Xms128m", "-Xmx" + builder.heap, "-XX:MetaspaceSize=96m",
        "-XX:MaxMetaspaceSize=512m", "-Djava.net.preferIPv4Stack=true", "-Djava.awt.headless=true",
        "-Djboss.modules.system.pkgs=org.jboss.byteman",
        // As the Arquillian test server: a test directory's self-made certificate is not checked.
        "-Dbreach.directory.trust-any-certificate=true", String.join(" ", builder.jvmOptions)).strip();
    for (String name : List.of(NODE_A, NODE_B)) {
      Map<String, String> environment = new LinkedHashMap<>(practiceSettings());
      environment.put("BREACH_MODE", "development");
      environment.put("BREACH_NODE_NAME", name);
      environment.put("BREACH_DB_URL", ClusterDatabase.url());
      environment.put("BREACH_DB_USER", ClusterDatabase.USER);
      environment.put("BREACH_DB_PASSWORD", ClusterDatabase.PASSWORD);
      environment.put("BREACH_SECRETS_KEY", secretsKey);
      environment.put("BREACH_MAIL_HOST", "127.0.0.1");
      environment.put("BREACH_MAIL_PORT", Integer.toString(SMTP_PORT));
      environment.putAll(builder.environment);
      environment.putAll(builder.nodeEnvironment.getOrDefault(name, Map.of()));
      nodes.put(name, new ClusterNode(name, name.equals(NODE_A) ? 400 : 410, directory, environment, javaOptions));
    }
    this.balancer = new LoadBalancer(BALANCER_PORT, directory,
        Map.of("BREACH_NODE_A", "127.0.0.1:" + nodes.get(NODE_A).httpPort(),
            "BREACH_NODE_B", "127.0.0.1:" + nodes.get(NODE_B).httpPort()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Both nodes with the defaults, started together. */
  public static LocalCluster start() {
    return builder().start();
  }

  /** Through HAProxy: {@code http://127.0.0.1:8470/camunda/}. */
  public URI balancer() {
    return URI.create("http://127.0.0.1:" + BALANCER_PORT + "/camunda/");
  }

  /** Straight to one node, past HAProxy: e.g. {@code http://127.0.0.1:8480/camunda/} for node-a. */
  public URI node(String name) {
    return node0(name).baseUrl();
  }

  public List<String> nodeNames() {
    return List.copyOf(nodes.keySet());
  }

  /** {@code kill -9} of the node's WildFly JVM; returns once it is gone and HAProxy's checks see it down. */
  public void kill(String name) {
    ClusterNode node = node0(name);
    node.kill();
    balancer.awaitState(address(node), "DOWN", Duration.ofSeconds(30));
  }

  /** Starts a stopped or killed node again; returns once it is ready and HAProxy sends it requests. */
  public void start(String name) {
    ClusterNode node = node0(name);
    node.launch();
    node.awaitReady();
    balancer.awaitState(address(node), "UP", Duration.ofSeconds(60));
  }

  /** Stops a node gracefully (SIGTERM); returns once it is gone and HAProxy's checks see it down. */
  public void stop(String name) {
    ClusterNode node = node0(name);
    node.stop();
    balancer.awaitState(address(node), "DOWN", Duration.ofSeconds(30));
  }

  public boolean isRunning(String name) {
    return node0(name).isRunning();
  }

  /** The pid of the node's WildFly JVM while it runs. */
  public Optional<Long> pid(String name) {
    return node0(name).jvmPid();
  }

  /** The node's {@code standalone/log/server.log} (kept across restarts). */
  public Path serverLog(String name) {
    return node0(name).serverLog();
  }

  /** What the node's start script and JVM printed, every start of it, each headed by a line naming the start. */
  public Path consoleLog(String name) {
    return node0(name).consoleLog();
  }

  /** The lines of the node's server log so far. */
  public List<String> serverLogLines(String name) {
    try (Stream<String> lines = Files.lines(serverLog(name))) {
      return lines.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node's copy of the server ({@code target/cluster-test/<node>}). */
  public Path home(String name) {
    return node0(name).home();
  }

  /** Each node's state as HAProxy's health checks see it: node name -> "UP", "DOWN", ... */
  public Map<String, String> balancerStates() {
    Map<String, String> byAddress = balancer.serverStates();
    Map<String, String> states = new LinkedHashMap<>();
    nodes.values().forEach(node -> states.put(node.name(), byAddress.getOrDefault(address(node), "unknown")));
    return states;
  }

  /** The GreenMail SMTP server both nodes send mail to (127.0.0.1:{@value #SMTP_PORT}). */
  public GreenMail mail() {
    return mail;
  }

  /** A new connection to the cluster's database (the application's role); the caller closes it. */
  public Connection database() {
    return ClusterDatabase.connect();
  }

  public String databaseUrl() {
    return ClusterDatabase.url();
  }

  /**
   * The node HAProxy sent a request to, from the {@value #STICKY_COOKIE} cookie it inserts into the answer to a
   * request that had none (an API client's); empty when the answer sets no such cookie.
   */
  public Optional<String> answeredBy(HttpResponse<?> response) {
    Pattern cookie = Pattern.compile("^\\s*" + STICKY_COOKIE + "=([^;]*)");
    return response.headers().allValues("set-cookie").stream().map(cookie::matcher).filter(Matcher::find)
        .map(matcher -> nodeForCookie(matcher.group(1))).findFirst();
  }

  /**
   * The node a {@value #STICKY_COOKIE} cookie value sends requests to. {@code deploy/haproxy.cfg} names each
   * server's cookie after the node ({@code cookie node-a}); any other value is not one of this cluster's.
   */
  public String nodeForCookie(String value) {
    if (!nodes.containsKey(value)) {
      throw new IllegalArgumentException("The cookie " + STICKY_COOKIE + "=" + value + " names no node of " + nodes.keySet()
          + " (deploy/haproxy.cfg: each server's 'cookie' should be its node's name)");
    }
    return value;
  }

  /** Working directory: {@code target/cluster-test/} (node copies, HAProxy's files). */
  public Path directory() {
    return directory;
  }

  /** Stops HAProxy, both nodes (gracefully, in parallel) and the SMTP server. */
  @Override
  public void close() {
    balancer.stop();
    CompletableFuture.allOf(nodes.values().stream().map(node -> CompletableFuture.runAsync(node::stop))
        .toArray(CompletableFuture[]::new)).join();
    mail.stop();
  }

  private void startAll(boolean together) {
    mail.start();
    if (together) {
      nodes.values().forEach(ClusterNode::launch);
      nodes.values().forEach(ClusterNode::awaitReady);
    } else {
      nodes.values().forEach(node -> {
        node.launch();
        node.awaitReady();
      });
    }
    balancer.start();
    nodes.values().forEach(node -> balancer.awaitState(address(node), "UP", Duration.ofSeconds(60)));
  }

  private ClusterNode node0(String name) {
    ClusterNode node = nodes.get(name);
    if (node == null) {
      throw new IllegalArgumentException("No node " + name + "; the nodes are " + nodes.keySet());
    }
    return node;
  }

  private static String address(ClusterNode node) {
    return "127.0.0.1:" + node.httpPort();
  }

  /** The practice the letters are written for: the test JVM's (failsafe's) BREACH_PRACTICE_* settings. */
  private static Map<String, String> practiceSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    System.getenv().forEach((name, value) -> {
      if (name.startsWith("BREACH_PRACTICE_")) {
        settings.put(name, value);
      }
    });
    return settings;
  }

  /** What differs from the defaults; {@link #start()} makes the cluster. */
  public static final class Builder {

    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> nodeEnvironment = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Path directory = Path.of(System.getProperty("basedir", "."), "target", "cluster-test").toAbsolutePath();
    private String heap = System.getProperty("breach.cluster.node-heap", "768m");
    private boolean together = true;

    private Builder() {
    }

    /** An environment variable for both nodes (e.g. the directory's BREACH_DIRECTORY_*); wins over the defaults. */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** An environment variable for one node only. */
    public Builder environment(String node, String name, String value) {
      nodeEnvironment.computeIfAbsent(node, key -> new LinkedHashMap<>()).put(name, value);
      return this;
    }

    /** A JVM option for both nodes (added to JAVA_OPTS). */
    public Builder jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    /** Each node's maximum heap (default 768m, or the system property breach.cluster.node-heap). */
    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    /** Start the nodes at the same moment (default), or one after the other. */
    public Builder startTogether(boolean together) {
      this.together = together;
      return this;
    }

    /** Where the nodes' copies and HAProxy's files go; default {@code target/cluster-test}. */
    public Builder directory(Path directory) {
      this.directory = directory.toAbsolutePath();
      return this;
    }

    /**
     * Checks HAProxy is installed (fails under CI=true, else skips), makes the fresh database, starts GreenMail,
     * both nodes (waiting until each is ready) and HAProxy (waiting until it sees both nodes up).
     */
    public LocalCluster start() {
      LoadBalancer.requireHaproxy();
      LoadBalancer.configuration();
      deleteRecursively(directory);
      ClusterDatabase.recreate();
      LocalCluster cluster = new LocalCluster(this);
      try {
        cluster.startAll(together);
        return cluster;
      } catch (RuntimeException | Error e) {
        cluster.close();
        throw e;
      }
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clear " + directory, e);
    }
  }
}
