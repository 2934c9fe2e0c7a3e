package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.breachresponse.process.IncidentReference;

/**
 * Hands out references {@code BR-<year>-<number>}, numbered from 0001 each year, without gaps: the
 * year's counter row is locked ({@code SELECT ... FOR UPDATE}) until the reporting transaction ends, so
 * simultaneous reports queue for their numbers and a rolled-back report gives its number back. The row of a
 * new year is inserted and committed on its own first ({@link IncidentReferenceYears}), so the first reports
 * of a year, arriving together, find one row to queue on instead of all inserting it; the row of the next year
 * is made ahead ({@link #prepare}).
 */
@ApplicationScoped
class IncidentReferences {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  private static final int OPEN_ATTEMPTS = 5;

  /** Years whose row is known to exist: rows are never removed, so a report asks the database once per year. */
  private final Set<Integer> opened = ConcurrentHashMap.newKeySet();

  @Inject
  private IncidentReferenceYears years;

  @Transactional(Transactional.TxType.MANDATORY)
  IncidentReference next(Year year) {
    IncidentReferenceCounter counter = locked(year);
    if (counter == null) {
      open(year);
      counter = locked(year);
      if (counter == null) {
        throw new IllegalStateException("The reference counter of " + year + " could not be created");
      }
    }
    return IncidentReference.of(year, counter.next());
  }

  /**
   * Makes sure the counter rows of {@code year} and the year after exist, each committed in a transaction of its
   * own, before a report's transaction begins (and at start): so the reports of New Year's morning find the row
   * made the year before, and no report transaction needs a second connection for it.
   */
  void prepare(Year year) {
    open(year);
    open(year.plusYears(1));
  }

  /**
   * Makes sure {@code year}'s counter row exists, in a transaction of its own; {@link #next} calls it too when a
   * report reaches it another way (the Tasklist's start form) in a year that has no row yet.
   */
  void open(Year year) {
    if (opened.contains(year.getValue())) {
      return;
    }
    for (int attempt = 1; attempt <= OPEN_ATTEMPTS; attempt++) {
      boolean made;
      try {
        made = years.open(year);
      } catch (RuntimeException failure) {
        if (attempt == OPEN_ATTEMPTS) {
          throw failure;
        }
        made = false;
      }
      if (made) {
        opened.add(year.getValue());
        return;
      }
      // Another transaction inserted the same year at the same moment: only our insert rolled back, not our
      // caller's transaction. Once the other commits, the next look finds its row.
      pause(attempt);
    }
    throw new IllegalStateException("The reference counter of " + year + " was being created by another"
        + " transaction that did not finish");
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while opening the reference counter", e);
    }
  }

  private IncidentReferenceCounter locked(Year year) {
    return entityManager.find(IncidentReferenceCounter.class, year.getValue(), LockModeType.PESSIMISTIC_WRITE);
  }
}
