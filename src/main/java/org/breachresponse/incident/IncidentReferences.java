package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Year;

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
  String next(Year year) {
    IncidentReferenceCounter counter =
        entityManager.find(IncidentReferenceCounter.class, year.getValue(), LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      counter = new IncidentReferenceCounter(year.getValue());
      entityManager.persist(counter);
    }
    return format(year, counter.next());
  }

  /** {@code BR-2026-0001}: the year and that year's number, four digits at least. */
  static String format(Year year, int number) {
    return String.format("BR-%d-%04d", year.getValue(), number);
  }
}
