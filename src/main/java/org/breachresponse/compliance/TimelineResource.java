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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.PathReference;

/**
 * {@code /api/breach/incidents/{reference}/timeline} (JSON), {@code .../timeline.csv} (its events) and
 * {@code .../timeline.pdf} (a report for a regulator): an incident's whole response for the compliance
 * auditor, the practice owner and the privacy officer (45 CFR 164.414(b): the practice must be able to show
 * every notice went out). 404 for an unknown incident. The class shares {@code IncidentResource}'s
 * {@code /incidents} so that the two are matched together: a class at {@code /incidents/{reference}} would
 * hide that resource's {@code GET /incidents/{reference}}.
 */
@Path("/incidents")
@RequestScoped
@RolesAllowed({COMPLIANCE_AUDITOR, PRACTICE_OWNER, PRIVACY_OFFICER, ADMIN})
public class TimelineResource {

  static final String CSV = "text/csv; charset=UTF-8";
  static final String PDF = "application/pdf";

  @Inject
  private Timelines timelines;

  @Inject
  private PracticeClock clock;

  @GET
  @Path("/{reference}/timeline")
  @Produces(MediaType.APPLICATION_JSON)
  public Timeline timeline(@PathParam("reference") String reference) {
    return timelines.of(PathReference.of(reference));
  }

  @GET
  @Path("/{reference}/timeline.csv")
  @Produces(CSV)
  public Response csv(@PathParam("reference") String reference) {
    return download(TimelineCsv.write(timelines.of(PathReference.of(reference))), CSV,
        reference + "-timeline.csv");
  }

  @GET
  @Path("/{reference}/timeline.pdf")
  @Produces(PDF)
  public Response pdf(@PathParam("reference") String reference) {
    return download(TimelineReportPdf.render(timelines.of(PathReference.of(reference)), clock.now()), PDF,
        reference + "-timeline.pdf");
  }

  private static Response download(Object body, String type, String fileName) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store").build();
  }
}
