package org.breachresponse.notification.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Substitute notice for 10 or more individuals without usable contact information (45 CFR 164.404(d)(2)(ii),
 * docs/legal-sources.md, 'Substitute notice'): a conspicuous posting on the practice's home page, and a toll-free
 * number, each kept for at least 90 days. The row is the evidence: where, from when, until when and who ended it.
 */
@Entity
@Table(name = "substitute_notice")
public class SubstituteNotice {

  static final int KEPT_DAYS = 90;

  public enum Kind { WEB_POSTING, TOLL_FREE_NUMBER }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "substitute_notice_seq")
  @SequenceGenerator(name = "substitute_notice_seq", sequenceName = "substitute_notice_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "obligation_id", updatable = false)
  private NotificationObligation obligation;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private Kind kind;

  @Column(name = "place", nullable = false, updatable = false, length = 500)
  private String place;

  @Column(name = "started_on", nullable = false, updatable = false)
  private LocalDate startedOn;

  @Column(name = "started_by", nullable = false, updatable = false, length = 64)
  private String startedBy;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected SubstituteNotice() {
  }

  public SubstituteNotice(NotificationObligation obligation, Kind kind, String place, LocalDate startedOn, String by) {
    this.obligation = obligation;
    this.kind = kind;
    this.place = place;
    this.startedOn = startedOn;
    this.startedBy = by;
  }

  public LocalDate keptUntil() {
    return startedOn.plusDays(KEPT_DAYS);
  }

  public void end(LocalDate on, String by, Instant at) {
    if (on.isBefore(keptUntil())) {
      throw new org.breachresponse.input.InvalidInputException("endedOn",
          "the " + kind + " must be kept for 90 days, until " + keptUntil());
    }
    this.endedOn = on;
    this.endedBy = by;
    this.endedAt = at;
  }

  public Long id() { return id; }
  public long obligationId() { return obligation.id(); }
  public Kind kind() { return kind; }
  public String place() { return place; }
  public LocalDate startedOn() { return startedOn; }
  public String startedBy() { return startedBy; }
  public LocalDate endedOn() { return endedOn; }
  public String endedBy() { return endedBy; }
}
