package org.breachresponse.notification.notice;

import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import org.breachresponse.incident.UsJurisdiction;
import org.breachresponse.input.NumberParameter;
import org.breachresponse.input.Problem;
import org.breachresponse.notification.individual.AffectedIndividual;
import org.breachresponse.notification.individual.AffectedIndividuals;
import org.breachresponse.incident.PathReference;

/**
 * {@code /api/breach/incidents/{reference}/individuals} (the list, as CSV in and JSON out),
 * {@code .../individuals/letters.pdf}, {@code .../individuals/{id}/letter.pdf} and
 * {@code .../individuals/email-notices}: the affected individuals' contact data and their notices. The privacy officer
 * only (minimum necessary): no other role sees a patient's name or address here.
 */
@Path("/incidents/{reference}/individuals")
@RequestScoped
@RolesAllowed(PRIVACY_OFFICER)
public class IndividualNoticesResource {

  static final String PDF = "application/pdf";

  @Inject
  private IndividualNotices notices;

  @Context
  private SecurityContext security;

  public record IndividualView(long id, String name, String postalAddress, UsJurisdiction state, String email,
      boolean emailConsent, boolean usableContact) {

    static IndividualView of(AffectedIndividual i) {
      return new IndividualView(i.id(), i.name(), i.postalAddress(), i.state(), i.email(), i.emailConsent(),
          i.hasUsableContact());
    }
  }

  public record IndividualsView(AffectedIndividuals summary, List<IndividualView> individuals) {
  }

  @PUT
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public AffectedIndividuals importList(@PathParam("reference") String reference, InputStream csv) {
    return notices.importList(PathReference.of(reference), csv, security.getUserPrincipal().getName());
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public IndividualsView individuals(@PathParam("reference") String reference) {
    List<AffectedIndividual> individuals = notices.individuals(PathReference.of(reference));
    return new IndividualsView(AffectedIndividuals.of(individuals), individuals.stream().map(IndividualView::of).toList());
  }

  @GET
  @Path("/letters.pdf")
  @Produces(PDF)
  public Response letters(@PathParam("reference") String reference) {
    return pdf(notices.letters(PathReference.of(reference)), reference + "-letters.pdf");
  }

  @GET
  @Path("/{individualId}/letter.pdf")
  @Produces(PDF)
  public Response letter(@PathParam("reference") String reference, @PathParam("individualId") String individualId) {
    long id = NumberParameter.parse("individualId", individualId, 1, Long.MAX_VALUE);
    return pdf(notices.letter(PathReference.of(reference), id), reference + "-letter-" + id + ".pdf");
  }

  @POST
  @Path("/email-notices")
  @Produces(MediaType.APPLICATION_JSON)
  public Response email(@PathParam("reference") String reference) {
    IndividualNotices.EmailRun run =
        notices.emailNotices(PathReference.of(reference), security.getUserPrincipal().getName());
    if (run.failure() != null) {
      return Problem.of(502, "Mail server failed", run.sent() + " sent, " + run.remaining()
          + " not sent (" + run.failure() + "); send again to continue");
    }
    return Response.ok(run).build();
  }

  private static Response pdf(byte[] pdf, String fileName) {
    return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store").build();
  }
}
