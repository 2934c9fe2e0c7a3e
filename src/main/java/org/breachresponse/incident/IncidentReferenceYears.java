package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Year;

/**
 * The counter row of each year, inserted in a transaction of its own ({@code REQUIRES_NEW}): when two
 * transactions insert the same year at once, one of them fails on the primary key and rolls back alone,
 * without marking the report transaction that asked for it rollback-only.
 */
@ApplicationScoped
class IncidentReferenceYears {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  /** Inserts {@code year}'s row, numbered from zero, unless it exists; commits before it returns. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void open(Year year) {
    if (entityManager.find(IncidentReferenceCounter.class, year.getValue()) == null) {
      entityManager.persist(new IncidentReferenceCounter(year.getValue()));
      entityManager.flush();
    }
  }
}
