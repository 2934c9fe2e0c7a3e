package org.breachresponse.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A machine the breach touched, by its host name; containment isolates it. */
@Entity
@Table(name = "affected_machine")
public class AffectedMachine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "affected_machine_seq")
  @SequenceGenerator(name = "affected_machine_seq", sequenceName = "affected_machine_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Column(name = "hostname", nullable = false, length = 253)
  private String hostname;

  protected AffectedMachine() {
  }

  AffectedMachine(Incident incident, Hostname hostname) {
    this.incident = incident;
    this.hostname = hostname.value();
  }

  public String hostname() {
    return hostname;
  }
}
