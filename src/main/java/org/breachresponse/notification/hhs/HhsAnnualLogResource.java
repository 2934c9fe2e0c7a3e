package org.breachresponse.notification.hhs;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.breachresponse.clock.PracticeClock;

/**
 * {@code /api/breach/hhs-annual-log?year=2026}: the year's breaches affecting fewer than 500 individuals,
 * due at HHS 60 days after the year ends (45 CFR 164.408(c); docs/legal-sources.md, 'HHS breach portal'). The year
 * is read as text so that a missing or malformed one is a 400 naming {@code year}, not a bare 404.
 */
@Path("/hhs-annual-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HhsAnnualLogResource {

  @Inject
  private HhsReports reports;

  @Inject
  private PracticeClock clock;

  @GET
  @RolesAllowed({PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public HhsAnnualLog get(@QueryParam("year") String year) {
    return reports.annualLog(HhsAnnualLog.year(year, clock.today()));
  }
}
