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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.breachresponse.incident.PathReference;

/**
 * {@code /api/breach/incidents/{reference}/hhs-worksheet}: the answers to copy into the HHS OCR breach
 * portal, which is filed by hand (docs/legal-sources.md, 'HHS breach portal'). Nothing is stored or sent. 404 for
 * an unknown incident; 409 naming the environment variables when the practice's details are not set.
 */
@Path("/incidents/{reference}/hhs-worksheet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HhsWorksheetResource {

  @Inject
  private HhsReports reports;

  @GET
  @RolesAllowed({PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public HhsWorksheet get(@PathParam("reference") String reference) {
    return reports.worksheet(PathReference.of(reference));
  }
}
