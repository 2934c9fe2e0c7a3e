package org.breachresponse.notification.individual;

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
import java.time.LocalDate;
import org.breachresponse.incident.Incident;
import org.breachresponse.notification.obligation.PlanNotificationsForm;

/**
 * What the individuals' letters say about this breach, in the privacy officer's plain words: what happened
 * (with the date of the breach, if known) and what the practice is doing (45 CFR 164.404(c)(1)(A), (D)).
 * The staff's own incident notes are never copied into a letter. Never changed: a new wording is a new row,
 * and the newest counts, so the record shows what each batch of letters said.
 */
@Entity
@Table(name = "letter_wording")
public class LetterWording {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_wording_seq")
  @SequenceGenerator(name = "letter_wording_seq", sequenceName = "letter_wording_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Column(name = "breach_date", updatable = false)
  private LocalDate breachDate;

  @Column(name = "what_happened", nullable = false, updatable = false, length = 4000)
  private String whatHappened;

  @Column(name = "what_we_are_doing", nullable = false, updatable = false, length = 4000)
  private String whatWeAreDoing;

  @Column(name = "written_by", nullable = false, updatable = false, length = 64)
  private String writtenBy;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected LetterWording() {
  }

  public LetterWording(Incident incident, PlanNotificationsForm.Wording wording, String by, Instant at) {
    this.incident = incident;
    this.breachDate = wording.breachDate();
    this.whatHappened = wording.whatHappened();
    this.whatWeAreDoing = wording.whatWeAreDoing();
    this.writtenBy = by;
    this.writtenAt = at;
  }

  public BreachFacts facts() {
    return new BreachFacts(incident.reference(), breachDate, incident.discoveryDate(), whatHappened,
        incident.dataTypes(), whatWeAreDoing);
  }

  public Long id() { return id; }
  public LocalDate breachDate() { return breachDate; }
  public String whatHappened() { return whatHappened; }
  public String whatWeAreDoing() { return whatWeAreDoing; }
  public String writtenBy() { return writtenBy; }
  public Instant writtenAt() { return writtenAt; }
}
