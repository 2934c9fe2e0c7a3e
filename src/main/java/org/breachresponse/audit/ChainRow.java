package org.breachresponse.audit;

import java.time.Instant;
import java.util.Objects;

/** One row of {@code audit_entry} as stored, read for checking without loading it as an entity. */
public record ChainRow(Long id, Long position, Instant occurredAt, String actor, String incidentReference,
    String action, String summary, String previousHash, String entryHash) {

  static final String SELECT = "select new org.breachresponse.audit.ChainRow(e.id, e.chainPosition, e.occurredAt,"
      + " e.actor, e.incidentReference, e.action, e.summary, e.previousHash, e.entryHash) from AuditEntry e";

  static ChainRow of(AuditEntry entry) {
    return new ChainRow(entry.id(), entry.chainPosition(), entry.occurredAt(), entry.actor(),
        entry.incidentReference(), entry.actionCode(), entry.summary(), entry.previousHash(), entry.entryHash());
  }

  /** Whether the stored hash is still the hash of what the row says now. */
  boolean contentMatchesHash() {
    return position != null && occurredAt != null && Objects.equals(entryHash,
        EntryHash.of(position, occurredAt, actor, incidentReference, action, summary, previousHash));
  }
}
