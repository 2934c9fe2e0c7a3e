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
import org.breachresponse.incident.Incident;
import org.breachresponse.process.IncidentReference;

/**
 * A law-enforcement official's statement that a notice would impede a criminal investigation or damage
 * national security (45 CFR 164.412; docs/legal-sources.md, 'Law-enforcement delay'). A written one delays the
 * notices to the date it names; an oral one is documented with the official's identity and delays them by at most
 * 30 days from the statement. Never changed: a later statement is another row.
 */
@Entity
@Table(name = "law_enforcement_delay")
public class LawEnforcementDelay {

  /** 164.412(b): an oral statement delays notice "no longer than 30 days from the date of the oral statement". */
  static final int ORAL_MAX_DAYS = 30;

  public enum Form { WRITTEN, ORAL }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "law_enforcement_delay_seq")
  @SequenceGenerator(name = "law_enforcement_delay_seq", sequenceName = "law_enforcement_delay_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Enumerated(EnumType.STRING)
  @Column(name = "form", nullable = false, updatable = false, length = 7)
  private Form form;

  @Column(name = "official", nullable = false, updatable = false, length = 200)
  private String official;

  @Column(name = "agency", nullable = false, updatable = false, length = 200)
  private String agency;

  @Column(name = "statement", nullable = false, updatable = false, length = 4000)
  private String statement;

  @Column(name = "stated_on", nullable = false, updatable = false)
  private LocalDate statedOn;

  @Column(name = "delayed_until", nullable = false, updatable = false)
  private LocalDate delayedUntil;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected LawEnforcementDelay() {
  }

  public LawEnforcementDelay(Incident incident, LawEnforcementDelayRequest request, String by, Instant at) {
    this.incident = incident;
    this.form = request.form();
    this.official = request.official().strip();
    this.agency = request.agency().strip();
    this.statement = request.statement().strip();
    this.statedOn = request.statedOn();
    this.delayedUntil = request.delayedUntil();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long id() { return id; }
  public IncidentReference incidentReference() { return incident.reference(); }
  public Form form() { return form; }
  public String official() { return official; }
  public String agency() { return agency; }
  public String statement() { return statement; }
  public LocalDate statedOn() { return statedOn; }
  public LocalDate delayedUntil() { return delayedUntil; }
  public String recordedBy() { return recordedBy; }
  public Instant recordedAt() { return recordedAt; }
}
