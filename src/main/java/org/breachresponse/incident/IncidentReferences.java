package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Year;
import org.breachresponse.process.IncidentReference;

/**
 * Hands out references {@code BR-<year>-<number>}, numbered from 0001 each year, without gaps: the
 * year's counter row is locked until the reporting transaction ends, so a rolled-back report gives its
 * number back.
 */
@ApplicationScoped
class IncidentReferences {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Transactional(Transactional.TxType.MANDATORY)
  IncidentReference next(Year year) {
    IncidentReferenceCounter counter =
        entityManager.find(IncidentReferenceCounter.class, year.getValue(), LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      counter = new IncidentReferenceCounter(year.getValue());
      entityManager.persist(counter);
    }
    return IncidentReference.of(year, counter.next());
  }
}
