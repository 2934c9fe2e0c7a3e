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
import java.time.ZonedDateTime;

/**
 * One piece of evidence taken from a machine before it is cleansed: what it is, its SHA-256, who collected
 * it, when (with the time zone it was collected in) and where it is kept (NIST SP 800-61 §3.3.2,
 * docs/legal-sources.md, 'Evidence and chain of custody'). Never changed once recorded; hand-overs are {@link
 * CustodyTransfer} rows.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_item_seq")
  @SequenceGenerator(name = "evidence_item_seq", sequenceName = "evidence_item_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "target_id")
  private ContainmentTarget target;

  @Column(name = "description", nullable = false, length = 500)
  private String description;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "collected_by", nullable = false, length = 200)
  private String collectedBy;

  @Column(name = "collected_at", nullable = false)
  private Instant collectedAt;

  @Column(name = "collected_zone", nullable = false, length = 40)
  private String collectedZone;

  @Column(name = "storage_location", nullable = false, length = 500)
  private String storageLocation;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected EvidenceItem() {
  }

  EvidenceItem(ContainmentTarget target, EvidenceForm.Item item, String collectedBy, ZonedDateTime collectedAt,
      String recordedBy, Instant recordedAt) {
    this.target = target;
    this.description = item.description();
    this.sha256 = item.sha256();
    this.collectedBy = collectedBy;
    this.collectedAt = collectedAt.toInstant();
    this.collectedZone = collectedAt.getZone().getId();
    this.storageLocation = item.storageLocation();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** When it was collected, in the zone it was collected in. */
  public ZonedDateTime collectedAt() {
    return collectedAt.atZone(java.time.ZoneId.of(collectedZone));
  }

  public Long id() { return id; }
  public ContainmentTarget target() { return target; }
  public String description() { return description; }
  public String sha256() { return sha256; }
  public String collectedBy() { return collectedBy; }
  public String storageLocation() { return storageLocation; }
  public String recordedBy() { return recordedBy; }
  public Instant recordedAt() { return recordedAt; }
}
