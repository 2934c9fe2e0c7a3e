package org.breachresponse.assessment;

/** How far one factor points towards the PHI having been compromised. */
public enum Rating {
  LOW, MEDIUM, HIGH
}
