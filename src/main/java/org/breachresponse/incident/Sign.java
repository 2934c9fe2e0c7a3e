package org.breachresponse.incident;

/** Signs of a breach that staff observe, as the practice's breach checklist names them. */
public enum Sign {
  UNUSUAL_NETWORK_ACTIVITY,
  REPEATED_SYSTEM_CRASHES,
  UNEXPECTED_PASSWORD_CHANGES,
  MODIFIED_DATA,
  STRANGE_MESSAGES_TO_USERS,
  OTHER
}
