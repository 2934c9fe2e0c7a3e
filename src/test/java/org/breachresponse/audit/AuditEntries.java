package org.breachresponse.audit;

import java.time.Instant;

/** Audit entries as {@link AuditTrail} would write them, for tests of the read models built on the trail. */
public final class AuditEntries {

  private AuditEntries() {
  }

  public static AuditEntry entry(Instant occurredAt, String actor, String incidentReference, String action,
      String summary) {
    return new AuditEntry(occurredAt, actor, incidentReference, action, summary);
  }
}
