package org.breachresponse.containment;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.IT_RESPONDER;
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
import java.time.ZonedDateTime;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.NumberParameter;
import org.breachresponse.process.IncidentReference;

/**
 * {@code /api/breach/incidents/{reference}/evidence/{id}/custody}: append a hand-over to an evidence item's
 * chain of custody. There is no way to change or remove one: a mistake is corrected by another transfer.
 */
@Path("/incidents/{reference}/evidence/{itemId}/custody")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {

  @Inject
  private EradicationService eradication;

  @Inject
  private PracticeClock clock;

  @Context
  private SecurityContext security;

  @POST
  @RolesAllowed({IT_RESPONDER, PRIVACY_OFFICER, ADMIN})
  public Response transfer(@PathParam("reference") String reference, @PathParam("itemId") String itemId,
      CustodyTransferRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "send a JSON object with from, to, at, location and purpose");
    }
    long item = NumberParameter.parse("itemId", itemId, 1, Long.MAX_VALUE);
    ZonedDateTime at = request.validated(clock.now());
    // Text that is no reference names no incident, which has no evidence items: answered as for an unknown incident.
    IncidentReference incident = IncidentReference.parse(reference)
        .orElseThrow(() -> EradicationService.noEvidenceItem(item));
    CustodyTransfer transfer = eradication.transferCustody(incident, item, request.from().strip(),
        request.to().strip(), at, request.location().strip(), request.purpose().strip(),
        security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(ContainmentSection.CustodyView.of(transfer)).build();
  }
}
