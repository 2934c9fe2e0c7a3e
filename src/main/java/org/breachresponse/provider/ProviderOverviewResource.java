package org.breachresponse.provider;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.IT_RESPONDER;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.breachresponse.engine.EngineConfiguration;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.Practices;

/**
 * {@code /api/breach/provider/overview}: the provider's responders, privacy officers, owners and auditors see the
 * open incidents of every practice they belong to ({@link Practices#reachable()}), never another's.
 */
@Path("/provider/overview")
@RequestScoped
@RolesAllowed({IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
public class ProviderOverviewResource {

  @Inject
  private Practices practices;

  @Resource(lookup = EngineConfiguration.DATASOURCE)
  private DataSource dataSource;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ProviderOverview overview() {
    Instant now = Clock.systemUTC().instant();
    List<Practice> mine = practices.reachable();
    // A day past the horizon in UTC covers every practice's own horizon (time zones lie within a day of UTC).
    LocalDate horizon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(ProviderOverview.HORIZON_DAYS + 1L);
    return ProviderOverview.of(mine, new OverviewQueries(dataSource).read(ProviderOverview.ids(mine), horizon, now), now);
  }
}
