package org.breachresponse.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeCreated;
import org.breachresponse.practice.Practices;
import org.breachresponse.process.EngineStarted;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Every practice has its Tasklist filter ({@link PracticeFilters}), readable by its members only: made or
 * brought up to date at every start (after {@code engine.PracticeTenantsAtStart} created the tenants and the
 * first practice's members) and when a practice is created ({@link PracticeCreated}). Whoever adds members to a
 * practice later may call {@link #refresh(Practice)}; otherwise new members get the filter at the next start.
 */
@ApplicationScoped
public class PracticeTaskFilters {

  private static final Logger LOG = Logger.getLogger(PracticeTaskFilters.class.getName());

  @Inject
  private Practices practices;

  @Inject
  private ProcessEngine engine;

  void atStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) EngineStarted started) {
    PracticeFilters filters = new PracticeFilters(started.engine());
    for (Practice practice : practices.all()) {
      ensure(started.engine(), filters, practice);
    }
  }

  void created(@Observes PracticeCreated created) {
    practices.find(created.id()).ifPresent(this::refresh);
  }

  /** The practice's filter with its current name, readable by its current members. */
  public void refresh(Practice practice) {
    ensure(engine, new PracticeFilters(engine), practice);
  }

  /**
   * The server's own work, whoever caused it: the filter query and the grants are not limited to what the caller
   * may read (who triggers it through our API is an administrator anyway).
   */
  private static void ensure(ProcessEngine engine, PracticeFilters filters, Practice practice) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      filters.ensure(practice.id().value(), practice.name());
    } catch (UnsupportedOperationException e) {
      // A read-only directory that cannot list a tenant's members: the practice's members use the shared filters.
      LOG.log(Level.WARNING, "Practice '" + practice.id() + "': its Tasklist filter could not be prepared", e);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
