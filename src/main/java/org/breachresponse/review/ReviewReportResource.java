package org.breachresponse.review;

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
import jakarta.ws.rs.core.Response;
import org.breachresponse.incident.PathReference;

/**
 * {@code /api/breach/incidents/{reference}/review-report.pdf}: the security review's report. 404 for an
 * unknown incident or one not yet reviewed.
 */
@Path("/incidents/{reference}/review-report.pdf")
@RequestScoped
public class ReviewReportResource {

  @Inject
  private ReviewReports reports;

  @GET
  @Produces("application/pdf")
  @RolesAllowed({PRACTICE_OWNER, PRIVACY_OFFICER, COMPLIANCE_AUDITOR, ADMIN})
  public Response get(@PathParam("reference") String reference) {
    return Response.ok(reports.pdf(PathReference.of(reference)))
        .header("Content-Disposition", "attachment; filename=\"" + reference + "-security-review.pdf\"")
        .build();
  }
}
