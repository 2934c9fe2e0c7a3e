package org.breachresponse.recovery;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.incident.Incident;

/**
 * One completion of {@code Find and take down leaked data}: where the privacy officer searched, the places
 * found with their takedown status then, and the outcome. Checks are never changed; the next check
 * records the places again, so the sequence of checks shows each takedown's progress.
 */
@Entity
@Table(name = "leaked_data_check")
public class LeakedDataCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leaked_data_check_seq")
  @SequenceGenerator(name = "leaked_data_check_seq", sequenceName = "leaked_data_check_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Column(name = "searched", nullable = false, updatable = false, length = 2000)
  private String searched;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 20)
  private LeakedDataOutcome outcome;

  @Column(name = "closed_reason", updatable = false, length = 2000)
  private String closedReason;

  @Column(name = "checked_by", nullable = false, updatable = false, length = 64)
  private String checkedBy;

  @Column(name = "checked_at", nullable = false, updatable = false)
  private Instant checkedAt;

  @OneToMany(mappedBy = "check", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<LeakedDataPlace> places = new ArrayList<>();

  protected LeakedDataCheck() {
  }

  LeakedDataCheck(Incident incident, LeakedDataForm form, String by, Instant at) {
    this.incident = incident;
    this.searched = form.searched();
    this.outcome = form.outcome();
    this.closedReason = form.closedReason();
    this.checkedBy = by;
    this.checkedAt = at;
    for (LeakedDataLine line : form.places()) {
      places.add(new LeakedDataPlace(this, places.size() + 1, line));
    }
  }

  public Incident incident() { return incident; }
  public String searched() { return searched; }
  public LeakedDataOutcome outcome() { return outcome; }
  public String closedReason() { return closedReason; }
  public String checkedBy() { return checkedBy; }
  public Instant checkedAt() { return checkedAt; }
  public List<LeakedDataPlace> places() { return List.copyOf(places); }
}
