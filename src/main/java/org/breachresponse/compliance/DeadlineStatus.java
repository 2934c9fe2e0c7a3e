package org.breachresponse.compliance;

import java.time.LocalDate;
import org.breachresponse.notification.obligation.ObligationStatus;

/**
 * Whether a notice met its deadline: the one rule the timeline, its PDF report and the compliance list
 * share. A notice is due until the end of its due day in the practice's time zone, so "today" is the
 * date of the incident's practice ({@link org.breachresponse.practice.PracticeTimeZones#of(String)}).
 */
public enum DeadlineStatus {
  /** Sent on or before the due date. */
  MET,
  /** Sent after the due date, or not sent and the due date has passed. */
  MISSED,
  /** Not sent yet and not yet past its due date. */
  PENDING,
  /** Left out by the privacy officer, with a recorded reason. */
  NOT_SENT;

  public static DeadlineStatus of(ObligationStatus status, LocalDate dueDate, LocalDate sentOn, LocalDate today) {
    return switch (status) {
      case NOT_SENT -> NOT_SENT;
      case SENT -> sentOn.isAfter(dueDate) ? MISSED : MET;
      case PLANNED -> today.isAfter(dueDate) ? MISSED : PENDING;
    };
  }
}
