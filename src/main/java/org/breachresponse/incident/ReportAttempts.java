package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.process.ConcurrentConflict;
import org.breachresponse.process.IncidentReference;

/**
 * A report through the API, tried again when its transaction lost a race ({@link ConcurrentConflict}: a lock
 * wait past the database's timeout, Camunda's optimistic locking). Repeating it is safe: a failed attempt rolled
 * back everything, its reference number included, so the caller gets one incident and one reference either
 * way. The year's reference counter is made sure of before the first attempt, outside the report's transaction.
 */
@ApplicationScoped
public class ReportAttempts {

  static final int ATTEMPTS = 5;
  private static final Logger LOG = Logger.getLogger(ReportAttempts.class.getName());

  @Inject
  private IncidentService incidentService;

  @Inject
  private IncidentReferences references;

  @Inject
  private PracticeClock clock;

  public IncidentReference report(IncidentReport report) {
    references.prepare(Year.from(clock.today()));
    for (int attempt = 1; ; attempt++) {
      try {
        return incidentService.report(report);
      } catch (Exception failure) {
        Optional<String> conflict = ConcurrentConflict.kind(failure);
        if (conflict.isEmpty() || attempt == ATTEMPTS) {
          throw failure;
        }
        LOG.info(() -> "A report lost a race (" + conflict.get() + "); trying again");
        pause(attempt);
      }
    }
  }

  /** A random pause that grows with each attempt, so the reports that collided do not collide again. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(50, 200) * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted between attempts of a report", e);
    }
  }
}
