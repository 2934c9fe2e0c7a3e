package org.breachresponse.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded step: appended, never changed. Sealed into the chain when appended ({@link ChainHead#append}):
 * its position, the previous entry's hash and its own hash over its content ({@link EntryHash}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "incident_reference", updatable = false, length = 20)
  private String incidentReference;

  @Column(name = "action", nullable = false, updatable = false, length = 40)
  private String action;

  @Column(name = "summary", nullable = false, updatable = false, length = 8000)
  private String summary;

  @Column(name = "chain_position", unique = true)
  private Long chainPosition;

  @Column(name = "previous_hash", length = 64)
  private String previousHash;

  @Column(name = "entry_hash", length = 64)
  private String entryHash;

  protected AuditEntry() {
  }

  AuditEntry(Instant occurredAt, String actor, String incidentReference, String action, String summary) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.incidentReference = incidentReference;
    this.action = action;
    this.summary = summary;
  }

  /** Seals this entry at {@code position} after the entry whose hash is {@code previousHash}; once only. */
  void seal(long position, String previousHash) {
    if (chainPosition != null) {
      throw new IllegalStateException("audit entry " + id + " is already at position " + chainPosition);
    }
    this.chainPosition = position;
    this.previousHash = previousHash;
    this.entryHash = EntryHash.of(position, occurredAt, actor, incidentReference, action, summary, previousHash);
  }

  public Long id() { return id; }
  public Long chainPosition() { return chainPosition; }
  public String previousHash() { return previousHash; }
  public String entryHash() { return entryHash; }
  public Instant occurredAt() { return occurredAt; }
  public String actor() { return actor; }
  public String incidentReference() { return incidentReference; }
  /** What the entry records, read from its stored code (never throws: see {@link AuditAction#parse}). */
  public AuditAction action() { return AuditAction.parse(action); }
  /** The action as stored and hashed. */
  public String actionCode() { return action; }
  public String summary() { return summary; }
}
