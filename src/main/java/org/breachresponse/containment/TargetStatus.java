package org.breachresponse.containment;

/** Where one machine or account stands in containment and, for machines, in removing the threat. */
public enum TargetStatus {
  /** Approved; the engine has not yet isolated or reset it. */
  PENDING,
  /** Isolated or reset through every configured adapter. */
  CONTAINED,
  /** The last attempt failed; the engine retries, then raises a Camunda incident. */
  FAILING,
  /** Held back, not found, or no adapter can do it: a person must act (Isolate / Reset manually). */
  NEEDS_PERSON,
  /** A person isolated or reset it by hand. */
  CONTAINED_BY_PERSON,
  /** A person decided to leave it as it is, with the reason and compensating controls recorded. */
  LEFT_AS_IS,
  /** Cleansed, verified and back in service. */
  RESTORED,
  /** Replaced: the old machine stays disabled for good. */
  RETIRED;

  boolean contained() {
    return this == CONTAINED || this == CONTAINED_BY_PERSON || this == RESTORED || this == RETIRED;
  }
}
