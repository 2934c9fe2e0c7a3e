package org.breachresponse.containment;

/** The kinds of action recorded in {@link ContainmentAction}. */
public enum ActionType {
  ISOLATE, RESET_PASSWORD, RESTORE, RETIRE, ISOLATE_BY_HAND, RESET_BY_HAND, RESTORE_BY_HAND
}
