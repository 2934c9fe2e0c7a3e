package org.breachresponse.containment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One hand-over in an evidence item's chain of custody: from whom to whom, when (with zone), where, why.
 * The first is the collection itself. Rows are appended, never edited or deleted (NIST SP 800-61 §3.3.2;
 * docs/legal-sources.md, 'Evidence and chain of custody').
 */
@Entity
@Table(name = "custody_transfer")
public class CustodyTransfer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_transfer_seq")
  @SequenceGenerator(name = "custody_transfer_seq", sequenceName = "custody_transfer_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "evidence_item_id")
  private EvidenceItem item;

  @Column(name = "from_custodian", nullable = false, length = 200)
  private String fromCustodian;

  @Column(name = "to_custodian", nullable = false, length = 200)
  private String toCustodian;

  @Column(name = "transferred_at", nullable = false)
  private Instant transferredAt;

  @Column(name = "transferred_zone", nullable = false, length = 40)
  private String transferredZone;

  @Column(name = "location", nullable = false, length = 500)
  private String location;

  @Column(name = "purpose", nullable = false, length = 500)
  private String purpose;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CustodyTransfer() {
  }

  CustodyTransfer(EvidenceItem item, String from, String to, ZonedDateTime at, String location, String purpose,
      String recordedBy, Instant recordedAt) {
    this.item = item;
    this.fromCustodian = from;
    this.toCustodian = to;
    this.transferredAt = at.toInstant();
    this.transferredZone = at.getZone().getId();
    this.location = location;
    this.purpose = purpose;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The collection: the collector holds the item where it is stored. */
  static CustodyTransfer collection(EvidenceItem item) {
    return new CustodyTransfer(item, item.collectedBy(), item.collectedBy(), item.collectedAt(),
        item.storageLocation(), "collected", item.recordedBy(), item.recordedAt());
  }

  public ZonedDateTime transferredAt() {
    return transferredAt.atZone(ZoneId.of(transferredZone));
  }

  public Long id() { return id; }
  public EvidenceItem item() { return item; }
  public String fromCustodian() { return fromCustodian; }
  public String toCustodian() { return toCustodian; }
  public String location() { return location; }
  public String purpose() { return purpose; }
  public String recordedBy() { return recordedBy; }
  public Instant recordedAt() { return recordedAt; }
}
