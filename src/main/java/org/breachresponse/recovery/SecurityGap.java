package org.breachresponse.recovery;

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
import org.breachresponse.incident.Incident;

/** A gap that let the breach happen and the change that closes it ({@code Close the security gaps}). */
@Entity
@Table(name = "security_gap")
public class SecurityGap {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_gap_seq")
  @SequenceGenerator(name = "security_gap_seq", sequenceName = "security_gap_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id", updatable = false)
  private Incident incident;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "gap", nullable = false, updatable = false, length = 1000)
  private String gap;

  @Column(name = "change_made", nullable = false, updatable = false, length = 2000)
  private String changeMade;

  @Column(name = "closed_by", nullable = false, updatable = false, length = 64)
  private String closedBy;

  @Column(name = "closed_at", nullable = false, updatable = false)
  private Instant closedAt;

  protected SecurityGap() {
  }

  SecurityGap(Incident incident, int position, SecurityGapLine line, String by, Instant at) {
    this.incident = incident;
    this.position = position;
    this.gap = line.gap();
    this.changeMade = line.change();
    this.closedBy = by;
    this.closedAt = at;
  }

  public Incident incident() { return incident; }
  public int position() { return position; }
  public String gap() { return gap; }
  public String changeMade() { return changeMade; }
  public String closedBy() { return closedBy; }
  public Instant closedAt() { return closedAt; }
}
