package org.breachresponse.alerting;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.IT_RESPONDER;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.Practices;

/**
 * {@code /api/breach/practices/{id}/alert-channels}: where a practice's alerts go (README.md, 'Alerts and
 * response-time targets'). An administrator or a practice owner of the practice adds and removes them; its staff and
 * auditors read them. A channel's URL, routing key and secret are write-only; a practice the caller does not belong
 * to answers 404, as an unknown one does. (Each settings resource has a path of its own: a resource at
 * {@code /practices/{id}} would take every sub-path of it away from {@code PracticeResource}.)
 */
@Path("/practices/{id}/alert-channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertChannelResource {

  @Inject
  private Practices practices;

  @Inject
  private AlertChannels channels;

  @Context
  private SecurityContext security;

  @Context
  private UriInfo uriInfo;

  @GET
  @RolesAllowed({IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public List<AlertChannelView> channels(@PathParam("id") String id) {
    return channels.of(practices.reachable("id", id).id()).stream().map(AlertChannelView::of).toList();
  }

  @POST
  @RolesAllowed({PRACTICE_OWNER, ADMIN})
  public Response addChannel(@PathParam("id") String id, AlertChannelRequest request) {
    Practice practice = practices.reachable("id", id);
    if (request == null) {
      throw new InvalidInputException("kind", "is required: send the channel as a JSON object with kind, name and url");
    }
    AlertChannel channel = channels.add(practice.id(), request.checked(), security.getUserPrincipal().getName());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(channel.id()).build())
        .entity(AlertChannelView.of(channel)).build();
  }

  @DELETE
  @Path("/{channel}")
  @RolesAllowed({PRACTICE_OWNER, ADMIN})
  public Response removeChannel(@PathParam("id") String id, @PathParam("channel") String channel) {
    Practice practice = practices.reachable("id", id);
    if (!channels.remove(practice.id(), channel)) {
      throw new AlertChannelNotFoundException();
    }
    return Response.noContent().build();
  }
}
