package org.breachresponse.containment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.breachresponse.incident.Incident;
import org.breachresponse.input.InvalidInputException;

/**
 * {@code Watch entry and exit points}: once machines are isolated and passwords reset, the responder checks
 * the ways in and out (NIST SP 800-61 §3.3.1 containment; the dental checklist in docs/legal-sources.md,
 * 'Lifecycle phases'). Anything left unchecked needs a note saying why.
 */
@Entity
@Table(name = "entry_point_review")
public class EntryPointReview {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entry_point_review_seq")
  @SequenceGenerator(name = "entry_point_review_seq", sequenceName = "entry_point_review_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Column(name = "firewall_and_vpn_logs_reviewed", nullable = false)
  private boolean firewallAndVpnLogsReviewed;

  @Column(name = "remote_access_revoked", nullable = false)
  private boolean remoteAccessRevoked;

  @Column(name = "backups_disconnected", nullable = false)
  private boolean backupsDisconnected;

  @Column(name = "notes", length = 4000)
  private String notes;

  @Column(name = "reviewed_by", nullable = false, length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected EntryPointReview() {
  }

  static EntryPointReview of(Incident incident, boolean logsReviewed, boolean remoteAccessRevoked,
      boolean backupsDisconnected, String notes, String by, Instant at) {
    String text = notes == null || notes.isBlank() ? null : notes.strip();
    if (text != null && text.length() > 4000) {
      throw new InvalidInputException("entryPointNotes", "at most 4000 characters");
    }
    if (text == null && !(logsReviewed && remoteAccessRevoked && backupsDisconnected)) {
      throw new InvalidInputException("entryPointNotes", "say why an item is not done, and what is done instead");
    }
    EntryPointReview review = new EntryPointReview();
    review.incident = incident;
    review.firewallAndVpnLogsReviewed = logsReviewed;
    review.remoteAccessRevoked = remoteAccessRevoked;
    review.backupsDisconnected = backupsDisconnected;
    review.notes = text;
    review.reviewedBy = by;
    review.reviewedAt = at;
    return review;
  }

  public Incident incident() { return incident; }
  public boolean firewallAndVpnLogsReviewed() { return firewallAndVpnLogsReviewed; }
  public boolean remoteAccessRevoked() { return remoteAccessRevoked; }
  public boolean backupsDisconnected() { return backupsDisconnected; }
  public String notes() { return notes; }
  public String reviewedBy() { return reviewedBy; }
  public Instant reviewedAt() { return reviewedAt; }
}
