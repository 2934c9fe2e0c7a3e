package org.breachresponse.operations;

/**
 * One check of a health answer. {@code reason} is a short fixed text saying why a check is down (never an
 * exception's message, which could name hosts, users or data); null when up.
 */
record CheckResult(String name, boolean up, String reason) {

  static CheckResult up(String name) {
    return new CheckResult(name, true, null);
  }

  static CheckResult down(String name, String reason) {
    return new CheckResult(name, false, reason);
  }
}
