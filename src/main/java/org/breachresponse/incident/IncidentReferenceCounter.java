package org.breachresponse.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last incident number handed out in a year. */
@Entity
@Table(name = "incident_reference_counter")
class IncidentReferenceCounter {

  @Id
  @Column(name = "reference_year")
  private int year;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected IncidentReferenceCounter() {
  }

  IncidentReferenceCounter(int year) {
    this.year = year;
  }

  int next() {
    return ++lastNumber;
  }
}
