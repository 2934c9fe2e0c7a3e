package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.logging.Logger;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.process.EngineStarted;

/**
 * At start, the reference counters of this year and the next are made ({@link IncidentReferences#prepare}), so
 * the first reports on a fresh database, or on New Year's morning, queue on an existing row. Should that fail, the
 * server still starts: the first report of the year makes the row.
 */
@ApplicationScoped
class ReferenceYearsAtStart {

  private static final Logger LOG = Logger.getLogger(ReferenceYearsAtStart.class.getName());

  @Inject
  private IncidentReferences references;

  @Inject
  private PracticeClock clock;

  void prepare(@Observes EngineStarted started) {
    Year year = Year.from(clock.today());
    try {
      references.prepare(year);
    } catch (RuntimeException e) {
      LOG.warning(() -> "The reference counters of " + year + " and the year after were not made at start ("
          + e.getClass().getName() + "); the first report of the year makes them");
    }
  }
}
