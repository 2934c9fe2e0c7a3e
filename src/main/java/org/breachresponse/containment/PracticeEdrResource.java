package org.breachresponse.containment;

import static org.breachresponse.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.Practices;

/**
 * {@code PUT /api/breach/practices/{id}/edr}: the EDR containment of the practice's incidents isolates machines
 * with (README.md, 'Containment'). Administrators only. Validated (400 naming each field), saved, and tried by
 * obtaining an access token. The client secret is write-only.
 */
@Path("/practices/{id}/edr")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeEdrResource {

  @Inject
  private Practices practices;

  @Inject
  private PracticeIntegrations integrations;

  @PUT
  @RolesAllowed(ADMIN)
  public IntegrationSaved put(@PathParam("id") String id, EdrSettingsRequest request) {
    Practice practice = practices.reachable("id", id);
    if (request == null) {
      throw new InvalidInputException("kind", "is required: send the EDR settings as a JSON object");
    }
    var connection = request.validated(practice.hasEdrClientSecret());
    integrations.connectEdr(practice.id(), connection, request.newSecret());
    return new IntegrationSaved(true, integrations.checkEdr(practice.id()));
  }
}
