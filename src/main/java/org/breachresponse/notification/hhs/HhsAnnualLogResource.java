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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeParameter;
import org.breachresponse.practice.PracticeTimeZones;
import org.breachresponse.practice.Practices;

/**
 * {@code /api/breach/hhs-annual-log?year=2026&practice=bright-smiles}: one practice's breaches of the year affecting
 * fewer than 500 individuals, due at HHS 60 days after the year ends (45 CFR 164.408(c); docs/legal-sources.md, 'HHS
 * breach portal'). Each covered entity files its own log, so it is one practice's: {@code practice} may be left out
 * only by a caller who belongs to one. The year is read as text so that a missing or malformed one is a 400 naming
 * {@code year}, not a bare 404.
 */
@Path("/hhs-annual-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HhsAnnualLogResource {

  @Inject
  private HhsReports reports;

  @Inject
  private Practices practices;

  @Context
  private SecurityContext security;

  @Inject
  private PracticeTimeZones zones;

  /**
   * @param practice the practice whose log it is: required when the caller belongs to several, a 404 naming
   *                 {@code practice} for one they do not belong to
   */
  @GET
  @RolesAllowed({PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public HhsAnnualLog get(@QueryParam("year") String year, @QueryParam("practice") String practice) {
    Practice chosen = PracticeParameter.resolve(practices, "practice", practice, security.getUserPrincipal().getName());
    return reports.annualLog(HhsAnnualLog.year(year, zones.of(chosen.id().value()).today()), chosen);
  }
}
