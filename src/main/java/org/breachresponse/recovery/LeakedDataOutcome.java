package org.breachresponse.recovery;

/** How one look for leaked data ended; only {@link #FOLLOW_UP} brings the task back a week later. */
public enum LeakedDataOutcome {
  NOTHING_FOUND, ALL_REMOVED, FOLLOW_UP, CLOSED_WITH_REASON;

  boolean settled() {
    return this != FOLLOW_UP;
  }
}
