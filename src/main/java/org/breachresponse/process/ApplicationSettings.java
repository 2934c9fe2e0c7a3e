package org.breachresponse.process;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Settings that differ per installation. WildFly sets them as system properties from environment
 * variables ({@code wildfly-config/settings.cli}); the README documents each variable.
 *
 * @param development     seed the development users and groups ({@code BREACH_MODE=development})
 * @param jobExecutor     run timers and asynchronous steps on this node ({@code BREACH_ENGINE_JOB_EXECUTOR})
 * @param jobThreads      how many asynchronous steps run at once, e.g. isolations during a containment
 *                        fan-out ({@code BREACH_ENGINE_JOB_THREADS}, default 8)
 * @param nodeName        this node's name in a cluster of nodes on one database ({@code BREACH_NODE_NAME},
 *                        default the host name): the engine's lock owner of the jobs it runs and the host
 *                        name its job log and metrics name (docs/adr/0014-cluster-of-nodes.md)
 */
public record ApplicationSettings(boolean development, boolean jobExecutor, int jobThreads, String nodeName) {

  /** Letters, digits, dots, dashes and underscores: it goes into log lines, lock owners and metric labels. */
  private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public ApplicationSettings {
    if (nodeName == null || !NODE_NAME.matcher(nodeName).matches()) {
      throw new IllegalStateException("BREACH_NODE_NAME must be 1 to 64 letters, digits, dots, dashes or underscores,"
          + " starting with a letter or digit, not '" + nodeName + "'");
    }
  }

  public static ApplicationSettings fromSystemProperties() {
    String mode = System.getProperty("breach.mode", "production").trim();
    if (!mode.equals("development") && !mode.equals("production")) {
      throw new IllegalStateException("BREACH_MODE must be 'development' or 'production', not '" + mode + "'");
    }
    return new ApplicationSettings(
        mode.equals("development"),
        Boolean.parseBoolean(System.getProperty("breach.engine.job-executor", "true")),
        jobThreads(System.getProperty("breach.engine.job-threads", "8")),
        nodeNameFromSystemProperties());
  }

  /**
   * {@code breach.node.name} ({@code BREACH_NODE_NAME}); without it WildFly's {@code jboss.node.name}, which
   * WildFly sets to the host name unless told otherwise; outside WildFly the host name.
   */
  public static String nodeNameFromSystemProperties() {
    for (String property : new String[] {"breach.node.name", "jboss.node.name"}) {
      String value = System.getProperty(property, "").strip();
      if (!value.isEmpty()) {
        return value;
      }
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("This host has no name; set BREACH_NODE_NAME", e);
    }
  }

  /**
   * The address staff reach the server at, for links in alerts and e-mails: {@code breach.public-url}
   * ({@code BREACH_PUBLIC_URL}, e.g. the load balancer's {@code https://breach.provider.example}); without it
   * {@code http://localhost:8080} in development mode and {@code https://localhost:8443} in production.
   */
  public static String publicUrlFromSystemProperties() {
    String value = System.getProperty("breach.public-url", "").strip();
    if (value.isEmpty()) {
      return "development".equals(System.getProperty("breach.mode", "production").strip())
          ? "http://localhost:8080" : "https://localhost:8443";
    }
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  private static int jobThreads(String text) {
    try {
      int threads = Integer.parseInt(text.trim());
      if (threads >= 1 && threads <= 64) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException("BREACH_ENGINE_JOB_THREADS must be a number from 1 to 64, not '" + text + "'");
  }
}
