package org.breachresponse.notification.obligation;

/** Where one notice stands. A legal notice leaves PLANNED only by being sent or by a recorded reason. */
public enum ObligationStatus {
  PLANNED,
  SENT,
  /** Not sent, with a recorded reason (e.g. counsel advised the state's law does not apply). */
  NOT_SENT
}
