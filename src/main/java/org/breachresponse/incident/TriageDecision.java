package org.breachresponse.incident;

/** What the IT responder concluded from the signs. */
public enum TriageDecision {
  CONFIRMED, FALSE_ALARM
}
