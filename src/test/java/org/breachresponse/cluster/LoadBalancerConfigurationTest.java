package org.breachresponse.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/haproxy.cfg} as Debian's HAProxy reads it ({@code haproxy -c}, the configuration check of its
 * management guide), and {@code deploy/local-cluster.sh} as bash parses it. What the cluster does with them is
 * the cluster tests' and the README's run; this catches a broken file in seconds, without starting a node.
 * Without HAProxy the HAProxy checks are skipped, loudly, unless {@code CI=true}: then they fail.
 */
class LoadBalancerConfigurationTest {

  private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
  private static final Path CONFIGURATION = Path.of("deploy/haproxy.cfg");
  private static final Path SCRIPT = Path.of("deploy/local-cluster.sh");
  private static final Map<String, String> NODES = Map.of(
      "BREACH_LB_PORT", "8470", "BREACH_NODE_A", "127.0.0.1:8480", "BREACH_NODE_B", "127.0.0.1:8490");

  @BeforeAll
  static void filesExist() {
    assertThat(CONFIGURATION).isRegularFile();
    assertThat(SCRIPT).isRegularFile();
  }

  @Test
  void haproxyAcceptsTheConfigurationWithTheNodesAndPortSet() throws Exception {
    Result check = run(List.of(haproxy(), "-c", "-f", CONFIGURATION.toString()), NODES);
    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output()).contains("Configuration file is valid").doesNotContain("[WARNING]");
  }

  @Test
  void aMissingNodeAddressIsAnErrorNotASilentDefault() throws Exception {
    Map<String, String> withoutB = Map.of("BREACH_LB_PORT", "8470", "BREACH_NODE_A", "127.0.0.1:8480");
    Result check = run(List.of(haproxy(), "-c", "-f", CONFIGURATION.toString()), withoutB);
    assertThat(check.exitCode()).isNotZero();
    assertThat(check.output()).contains("'server' expects <name> and <addr>");
  }

  @Test
  void theBackendKeepsWhatTheClusterAgreedOn() throws IOException {
    // The interface other parts rely on (README "Run a cluster", the cluster tests): names, stickiness, check.
    assertThat(Files.readAllLines(CONFIGURATION, StandardCharsets.UTF_8)).map(String::strip).contains(
        "backend breach_nodes",
        "balance roundrobin",
        "cookie BREACH_NODE insert indirect nocache httponly",
        "option httpchk GET /camunda/health/ready",
        "http-check expect status 200",
        "option redispatch 1",
        "retries 2",
        "server node-a \"${BREACH_NODE_A}\" cookie node-a",
        "server node-b \"${BREACH_NODE_B}\" cookie node-b");
  }

  @Test
  void theLocalClusterScriptParsesAndShowsItsUsage() throws Exception {
    Result syntax = run(List.of("bash", "-n", SCRIPT.toString()), Map.of());
    assertThat(syntax.exitCode()).as(syntax.output()).isZero();
    Result usage = run(List.of("bash", SCRIPT.toString()), Map.of());
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.output()).contains("usage: bash deploy/local-cluster.sh up|down|status");
  }

  private static String haproxy() {
    if (!Files.isExecutable(HAPROXY)) {
      String reason = HAPROXY + " is missing: install Debian's haproxy package (apt-get install -y haproxy)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but " + reason);
      }
      System.err.println("!!! SKIPPING the HAProxy configuration check: " + reason);
      Assumptions.abort(reason);
    }
    return HAPROXY.toString();
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("BREACH_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command + " did not finish within 30 s:\n" + output);
    }
    return new Result(process.exitValue(), output);
  }
}
