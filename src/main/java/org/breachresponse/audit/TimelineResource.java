package org.breachresponse.audit;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/breach/incidents/{reference}/timeline}: an incident's whole response for the compliance
 * auditor, the practice owner and the privacy officer (45 CFR 164.414(b): the practice must be able to show
 * every notice went out). 404 for an unknown incident. The class shares {@code IncidentResource}'s
 * {@code /incidents} so that the two are matched together: a class at {@code /incidents/{reference}} would
 * hide that resource's {@code GET /incidents/{reference}}.
 */
@Path("/incidents")
@RequestScoped
@RolesAllowed({COMPLIANCE_AUDITOR, PRACTICE_OWNER, PRIVACY_OFFICER, ADMIN})
public class TimelineResource {

  @Inject
  private Timelines timelines;

  @GET
  @Path("/{reference}/timeline")
  @Produces(MediaType.APPLICATION_JSON)
  public Timeline timeline(@PathParam("reference") String reference) {
    return timelines.of(reference);
  }
}
