package org.breachresponse.alerting;

/**
 * Where a practice's alerts can go besides the e-mail to its IT responders. Each kind's request is the one its
 * vendor documents (docs/alerts.md): a Teams incoming webhook (Workflows) takes an Adaptive Card message, a Slack
 * incoming webhook a message with {@code text} and {@code blocks}, PagerDuty an Events API v2 event, and a JSON
 * webhook our own alert JSON signed with HMAC-SHA256 of the body.
 */
public enum AlertChannelKind {
  TEAMS(false, "url"),
  SLACK(false, "url"),
  PAGERDUTY(true, "routingKey"),
  SIGNED_JSON(true, "secret");

  private final boolean takesResolution;
  private final String secretField;

  AlertChannelKind(boolean takesResolution, String secretField) {
    this.takesResolution = takesResolution;
    this.secretField = secretField;
  }

  /** Whether it is also told when the breach is confirmed or dismissed (PagerDuty resolves its incident). */
  public boolean takesResolution() {
    return takesResolution;
  }

  /** The request field whose value must stay on the server: a webhook URL is itself the credential of Teams and Slack. */
  String secretField() {
    return secretField;
  }
}
