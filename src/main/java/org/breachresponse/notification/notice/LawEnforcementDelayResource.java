package org.breachresponse.notification.notice;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.breachresponse.notification.NotificationService;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.obligation.LawEnforcementDelayRequest;
import org.breachresponse.incident.PathReference;

/**
 * {@code /api/breach/incidents/{reference}/law-enforcement-delay}: records an official's request to delay
 * notices (45 CFR 164.412); {@link LawEnforcementDelays} moves the deadlines and renews the tasks.
 */
@Path("/incidents/{reference}/law-enforcement-delay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LawEnforcementDelayResource {

  @Inject
  private LawEnforcementDelays delays;

  @Inject
  private NotificationService notifications;

  @Context
  private SecurityContext security;

  public record Delayed(LocalDate delayedUntil, List<Long> postponedNotices) {
  }

  @POST
  @RolesAllowed({PRIVACY_OFFICER, ADMIN})
  public Response delay(@PathParam("reference") String reference, LawEnforcementDelayRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "send form, official, agency, statement, statedOn and (written) until");
    }
    IncidentReference incident = PathReference.of(reference);
    LawEnforcementDelayRequest valid = request.validated(notifications.today(incident));
    List<Long> postponed = delays.record(incident, valid, security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(new Delayed(valid.delayedUntil(), postponed)).build();
  }
}
