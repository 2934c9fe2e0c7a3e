package org.breachresponse.compliance;

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
import jakarta.ws.rs.core.MediaType;

/** {@code /api/breach/audit/incidents}: every incident, newest first, with where its deadlines stand. */
@Path("/audit/incidents")
@RequestScoped
@RolesAllowed({COMPLIANCE_AUDITOR, PRACTICE_OWNER, PRIVACY_OFFICER, ADMIN})
public class ComplianceResource {

  @Inject
  private Timelines timelines;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public IncidentStandings incidents() {
    return timelines.standings();
  }
}
