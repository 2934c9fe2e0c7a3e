package org.breachresponse.practice;

import static org.breachresponse.practice.PracticeRoles.ADMIN;
import static org.breachresponse.practice.PracticeRoles.COMPLIANCE_AUDITOR;
import static org.breachresponse.practice.PracticeRoles.FRONT_DESK;
import static org.breachresponse.practice.PracticeRoles.IT_RESPONDER;
import static org.breachresponse.practice.PracticeRoles.PRACTICE_OWNER;
import static org.breachresponse.practice.PracticeRoles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.breachresponse.input.InvalidInputException;

/**
 * {@code /api/breach/practices}: the practices of this installation (docs/adr/0013-practices-are-tenants.md).
 * An administrator creates them and deactivates them (a practice is never deleted); everyone reads the practices
 * they belong to, and a practice owner changes the profile of theirs. A practice the caller does not belong to
 * answers exactly as an unknown one does (404). Who belongs to a practice is a Camunda tenant membership,
 * managed with Camunda's own API. The directory and EDR connections are shown without their secrets.
 */
@Path("/practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeResource {

  @Inject
  private Practices practices;

  @Inject
  private PracticeAdministration administration;

  @Context
  private SecurityContext security;

  @Context
  private UriInfo uriInfo;

  @POST
  @RolesAllowed(ADMIN)
  public Response create(NewPractice request) {
    if (request == null) {
      throw new InvalidInputException("body", "send a JSON object with id, name and timeZone (and the letterhead)");
    }
    NewPractice.Checked checked = PracticeProfileRules.check(request);
    Practice practice = administration.create(checked.id(), checked.profile(), caller());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(practice.id().value()).build())
        .entity(PracticeView.of(practice))
        .build();
  }

  /** The practices the caller belongs to (every one for an administrator), by name; 403 if none. */
  @GET
  @RolesAllowed({FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public List<PracticeView> list() {
    PracticeMembership membership = practices.membership();
    if (!membership.everyPractice() && membership.practiceIds().isEmpty()) {
      throw new NotInAnyPracticeException(caller());
    }
    return practices.reachable().stream().map(PracticeView::of).toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public PracticeView get(@PathParam("id") String id) {
    return PracticeView.of(practices.reachable("id", id));
  }

  /**
   * The whole profile as it is to be ({@link PracticeChange}); an administrator, or a practice owner who
   * belongs to the practice.
   */
  @PUT
  @Path("/{id}")
  @RolesAllowed({PRACTICE_OWNER, ADMIN})
  public PracticeView change(@PathParam("id") String id, PracticeChange change) {
    Practice current = practices.reachable("id", id);
    if (change == null) {
      throw new InvalidInputException("body", "send a JSON object with the practice's name, timeZone and letterhead");
    }
    String staffGroup = change.staffGroup() == null ? current.profile().staffGroup() : change.staffGroup();
    PracticeProfile profile = PracticeProfileRules.check(change.name(), change.timeZone(), change.postalAddress(),
        change.tollFreeNumber(), change.email(), change.website(), change.privacyOfficer(), staffGroup);
    return PracticeView.of(administration.change(id, profile, change.version(), security.isUserInRole(ADMIN),
        caller()));
  }

  /**
   * Deactivates the practice: it takes no new incident (409 naming {@code practice}); its incidents go on and
   * everything stays readable. The practice is deactivated while this resource exists.
   */
  @POST
  @Path("/{id}/deactivation")
  @RolesAllowed(ADMIN)
  public PracticeView deactivate(@PathParam("id") String id) {
    return PracticeView.of(administration.deactivate(id, caller()));
  }

  /** Ends the deactivation: the practice takes new incidents again. */
  @DELETE
  @Path("/{id}/deactivation")
  @RolesAllowed(ADMIN)
  public PracticeView activate(@PathParam("id") String id) {
    return PracticeView.of(administration.activate(id, caller()));
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
