package org.breachresponse.incident;

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

/**
 * How many affected individuals live in one state: notice duties and deadlines follow the state of
 * residence (docs/legal-sources.md, 'What the state tables decide'), and HIPAA's media notice turns on more than
 * 500 residents of a state (45 CFR 164.406).
 */
@Entity
@Table(name = "affected_population")
public class AffectedPopulation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "affected_population_seq")
  @SequenceGenerator(name = "affected_population_seq", sequenceName = "affected_population_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Enumerated(EnumType.STRING)
  @Column(name = "jurisdiction", nullable = false, length = 2)
  private UsJurisdiction jurisdiction;

  @Column(name = "individuals", nullable = false)
  private int individuals;

  protected AffectedPopulation() {
  }

  AffectedPopulation(Incident incident, UsJurisdiction jurisdiction, int individuals) {
    this.incident = incident;
    this.jurisdiction = jurisdiction;
    this.individuals = individuals;
  }

  public UsJurisdiction jurisdiction() {
    return jurisdiction;
  }

  public int individuals() {
    return individuals;
  }
}
