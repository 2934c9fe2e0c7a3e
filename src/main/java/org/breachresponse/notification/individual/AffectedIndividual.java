package org.breachresponse.notification.individual;

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
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.UsJurisdiction;

/**
 * One person whose information the breach involved, imported from the privacy officer's list: each is owed
 * a written notice by mail, or by e-mail if they agreed to it (45 CFR 164.404(d)). Names and addresses are
 * kept here and nowhere else, never in process variables or logs; who imported the row and when is kept
 * because the practice must be able to show whom it notified (164.414(b)).
 */
@Entity
@Table(name = "affected_individual")
public class AffectedIndividual implements Addressee {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "affected_individual_seq")
  @SequenceGenerator(name = "affected_individual_seq", sequenceName = "affected_individual_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "postal_address", length = 500)
  private String postalAddress;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 2)
  private UsJurisdiction state;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "email_consent", nullable = false)
  private boolean emailConsent;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "notice_emailed_at")
  private Instant noticeEmailedAt;

  protected AffectedIndividual() {
  }

  public AffectedIndividual(Incident incident, IndividualRow row, String importedBy, Instant importedAt) {
    this.incident = incident;
    this.name = row.name();
    this.postalAddress = row.postalAddress();
    this.state = row.state();
    this.email = row.email();
    this.emailConsent = row.emailConsent();
    this.importedBy = importedBy;
    this.importedAt = importedAt;
  }

  /** The e-mail notice went out (164.404(d)(1): e-mail to those who agreed); a repeated send skips them. */
  public void noticeEmailed(Instant at) {
    this.noticeEmailedAt = at;
  }

  public Instant noticeEmailedAt() { return noticeEmailedAt; }
  public Long id() { return id; }
  public Incident incident() { return incident; }
  public String name() { return name; }
  @Override public String postalAddress() { return postalAddress; }
  @Override public UsJurisdiction state() { return state; }
  @Override public String email() { return email; }
  @Override public boolean emailConsent() { return emailConsent; }
  public String importedBy() { return importedBy; }
  public Instant importedAt() { return importedAt; }

  /** Postal address present, or an e-mail address the individual agreed to be notified at. */
  @Override
  public boolean hasUsableContact() {
    return Addressee.super.hasUsableContact();
  }

  /** An e-mail address and the individual's agreement to electronic notice. */
  @Override
  public boolean reachableByEmail() {
    return Addressee.super.reachableByEmail();
  }
}
