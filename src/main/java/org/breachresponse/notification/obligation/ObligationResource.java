package org.breachresponse.notification.obligation;

import static org.breachresponse.security.Roles.ADMIN;
import static org.breachresponse.security.Roles.COMPLIANCE_AUDITOR;
import static org.breachresponse.security.Roles.PRACTICE_OWNER;
import static org.breachresponse.security.Roles.PRIVACY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.input.InvalidInputException;

/**
 * {@code /api/breach/obligations/preview}: the notification rules without an incident, so a practice can
 * see who it would have to tell, and by when, before it decides anything. Nothing is stored.
 */
@Path("/obligations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObligationResource {

  @Inject
  private EngineDecisions decisions;

  @Inject
  private PracticeClock clock;

  public record Preview(List<ObligationView> obligations) {
  }

  @POST
  @Path("/preview")
  @RolesAllowed({PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public Preview preview(ObligationPreviewRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "send a JSON object with discoveryDate, entityType, phiSecured and residents");
    }
    NotificationFacts facts = request.validated(clock.today());
    return new Preview(new ObligationRules(decisions).derive(facts).stream().map(ObligationView::of).toList());
  }
}
