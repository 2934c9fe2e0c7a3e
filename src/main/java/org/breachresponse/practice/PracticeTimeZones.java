package org.breachresponse.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import org.breachresponse.clock.PracticeClock;

/**
 * The clock of a practice: the application's clock read in the practice's time zone, so that an incident's
 * "today", its notices' due moments and its reminders fall on the practice's own days (a notice is due until
 * the end of its due day where the practice is). The clock package knows nothing of practices; this looks up
 * the zone and asks the clock for it.
 */
@ApplicationScoped
public class PracticeTimeZones {

  private PracticeClock server;
  private Function<String, Optional<ZoneId>> zoneOf;

  protected PracticeTimeZones() {
  }

  @Inject
  PracticeTimeZones(PracticeClock server, Practices practices) {
    this(server, id -> PracticeId.valid(id) ? practices.find(new PracticeId(id)).map(Practice::zone) : Optional.empty());
  }

  /** @param zoneOf a practice's zone by its id; empty for one unknown */
  public PracticeTimeZones(PracticeClock server, Function<String, Optional<ZoneId>> zoneOf) {
    this.server = server;
    this.zoneOf = zoneOf;
  }

  /** For engine tests that run without practices: every incident on {@code server}. */
  public static PracticeTimeZones serverOnly(PracticeClock server) {
    return new PracticeTimeZones(server, id -> Optional.empty());
  }

  /** The server's clock: for moments, and dates that belong to no practice. */
  public PracticeClock server() {
    return server;
  }

  /**
   * The clock in the zone of practice {@code practiceId}; the server's for null (an incident of an engine test
   * without practices) or a practice unknown to this installation.
   */
  public PracticeClock of(String practiceId) {
    if (practiceId == null) {
      return server;
    }
    return zoneOf.apply(practiceId).map(server::in).orElse(server);
  }
}
