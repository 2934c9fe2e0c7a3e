package org.breachresponse.incident;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.FRONT_DESK;
import static org.breachresponse.security.Roles.IT_RESPONDER;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.NumberParameter;
import org.breachresponse.process.IncidentReference;

/**
 * {@code /api/breach/incidents}: report a suspected breach, read one, list them. Front-desk staff may
 * report and follow what they reported; the response roles read every incident.
 */
@Path("/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

  private static final int MAX_PAGE_SIZE = 100;

  @Inject
  private ReportAttempts reportAttempts;

  @Inject
  private IncidentViews views;

  @Context
  private SecurityContext security;

  @Context
  private UriInfo uriInfo;

  @POST
  @RolesAllowed({FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, ADMIN})
  public Response report(IncidentReport report) {
    if (report == null) {
      throw new InvalidInputException("body", "send a JSON object with reportedBy, discoveryDate, signs and description");
    }
    IncidentReference reference = reportAttempts.report(report);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(reference.value()).build())
        .entity(views.byReference(reference))
        .build();
  }

  @GET
  @Path("/{reference}")
  @RolesAllowed({FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public IncidentView get(@PathParam("reference") String reference) {
    IncidentReference known = PathReference.of(reference);
    IncidentView view = views.byReference(known);
    String onlyOwn = onlyOwnIncidents();
    if (onlyOwn != null && !onlyOwn.equals(view.report().recordedBy())) {
      throw new IncidentNotFoundException(known);
    }
    return view;
  }

  @GET
  @RolesAllowed({FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public IncidentPage list(@QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    int pageNumber = (int) NumberParameter.parse("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    int pageSize = (int) NumberParameter.parse("size", size, 1, MAX_PAGE_SIZE);
    return views.page(pageNumber, pageSize, onlyOwnIncidents());
  }

  /** The caller's user id when front-desk is the only role they have, else null (they see all). */
  private String onlyOwnIncidents() {
    boolean responder = security.isUserInRole(IT_RESPONDER) || security.isUserInRole(PRIVACY_OFFICER)
        || security.isUserInRole(PRACTICE_OWNER) || security.isUserInRole(COMPLIANCE_AUDITOR)
        || security.isUserInRole(ADMIN);
    return responder ? null : security.getUserPrincipal().getName();
  }
}
