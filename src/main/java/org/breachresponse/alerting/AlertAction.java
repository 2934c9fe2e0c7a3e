package org.breachresponse.alerting;

/** What an alert says about its step. */
public enum AlertAction {
  /** The step is waiting for someone: a suspected breach was reported. */
  RAISED,
  /** The step was done: the breach was confirmed or dismissed (PagerDuty resolves its incident). */
  RESOLVED,
  /** The step passed its response-time target and is still open: its group, the owner and the escalation contact. */
  LATE
}
