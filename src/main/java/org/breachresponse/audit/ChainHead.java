package org.breachresponse.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last position and its hash, in one row. Appending reads it locked
 * ({@code PESSIMISTIC_WRITE}) in the writer's transaction, so two writers never take the same position:
 * the second waits until the first commits and then appends after it.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

  static final int ID = 1;

  @Id
  private Integer id;

  @Column(name = "last_position", nullable = false)
  private long lastPosition;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected ChainHead() {
  }

  /** An empty chain, as the migration creates it. */
  static ChainHead empty() {
    ChainHead head = new ChainHead();
    head.id = ID;
    head.lastPosition = 0;
    head.lastHash = EntryHash.GENESIS;
    return head;
  }

  /** Seals {@code entry} at the next position and moves the head to it. */
  void append(AuditEntry entry) {
    entry.seal(lastPosition + 1, lastHash);
    lastPosition = entry.chainPosition();
    lastHash = entry.entryHash();
  }

  public long lastPosition() { return lastPosition; }
  public String lastHash() { return lastHash; }
}
