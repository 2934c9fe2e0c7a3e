package org.breachresponse.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's name in a cluster: the system property {@code breach.node.name} (set from {@code BREACH_NODE_NAME}
 * by {@code wildfly-config/settings.cli}), else the host name. Health answers and metrics carry it, so an operator
 * sees which node answered.
 */
final class NodeName {

  static final String PROPERTY = "breach.node.name";

  private NodeName() {
  }

  static String current() {
    String configured = System.getProperty(PROPERTY, "").strip();
    return configured.isEmpty() ? hostName() : configured;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
