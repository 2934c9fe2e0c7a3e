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
 * {@code PUT /api/breach/practices/{id}/directory}: the directory containment of the practice's incidents acts
 * on (README.md, 'Containment'). Administrators only. The settings are validated (400 naming each field),
 * saved, and tried: the answer says whether the bind worked and the base DN, quarantine OU and quarantine
 * group were found, naming the wrong field. The bind password is write-only.
 */
@Path("/practices/{id}/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticeDirectoryResource {

  @Inject
  private Practices practices;

  @Inject
  private PracticeIntegrations integrations;

  @PUT
  @RolesAllowed(ADMIN)
  public IntegrationSaved put(@PathParam("id") String id, DirectorySettingsRequest request) {
    Practice practice = practices.reachable("id", id);
    if (request == null) {
      throw new InvalidInputException("kind", "is required: send the directory settings as a JSON object");
    }
    var connection = request.validated(practice.hasDirectoryBindPassword());
    integrations.connectDirectory(practice.id(), connection, request.newPassword());
    return new IntegrationSaved(true, integrations.checkDirectory(practice.id()));
  }
}
