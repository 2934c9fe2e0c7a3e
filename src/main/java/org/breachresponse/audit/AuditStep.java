package org.breachresponse.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The audit-trail steps other than phases, each stored under its name. The names are stored codes: renaming
 * a constant would make old entries read as {@link AuditAction.Unrecognised}, so add, never rename.
 */
public enum AuditStep implements AuditAction {
  // incident
  REPORTED, TRIAGED, SCOPED,
  // containment and eradication
  CONTAINMENT_APPROVED, ISOLATE_BY_HAND, RESET_BY_HAND, RESTORE_BY_HAND, LEFT_AS_IS,
  EVIDENCE_RECORDED, CLEANSED, VERIFIED_CLEAN, NOT_CLEAN, CUSTODY_TRANSFERRED, THREAT_REMOVED,
  // assessment
  RISK_ASSESSED,
  // recovery
  DATA_RESTORED, LEAKED_DATA_NOTHING_FOUND, LEAKED_DATA_ALL_REMOVED, LEAKED_DATA_FOLLOW_UP,
  LEAKED_DATA_CLOSED_WITH_REASON, GAPS_CLOSED,
  // notification
  OBLIGATIONS_DERIVED, NOTICE_NOT_SENT, NOTICE_ADDED, NOTIFICATIONS_PLANNED, NOTICE_SENT, NOTICE_SENT_LATE,
  NOTICE_OVERDUE, NOTICE_REMINDER, LAW_ENFORCEMENT_DELAY, SUBSTITUTE_NOTICE_STARTED, SUBSTITUTE_NOTICE_ENDED,
  OVERDUE_NOTICE_HANDLED, INDIVIDUALS_IMPORTED, NOTICES_EMAILED,
  // review
  REVIEWED,
  // alerts and response-time targets
  ALERT_SENT, OVERDUE_RESPONSE_HANDLED;

  @Override
  public String code() {
    return name();
  }

  static Optional<AuditStep> ofCode(String code) {
    return Arrays.stream(values()).filter(step -> step.name().equals(code)).findFirst();
  }
}
