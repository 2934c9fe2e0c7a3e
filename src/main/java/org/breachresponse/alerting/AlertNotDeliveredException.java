package org.breachresponse.alerting;

/**
 * A channel did not take an alert. The job fails, the engine retries it with growing pauses, and after the last
 * retry Cockpit shows an incident with this message. The message names the channel and its host, never its URL,
 * key or secret.
 */
public class AlertNotDeliveredException extends RuntimeException {

  public AlertNotDeliveredException(String message, Throwable cause) {
    super(message, cause);
  }
}
