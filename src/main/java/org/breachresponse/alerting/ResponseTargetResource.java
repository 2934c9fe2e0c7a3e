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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.Practices;

/**
 * {@code /api/breach/practices/{id}/response-targets}: how soon each early step of the practice's incidents should be
 * done, in minutes, and who at the IT provider is told when one is late (README.md, 'Alerts and response-time
 * targets'). An administrator or a practice owner of the
 * practice changes them; its staff and auditors read them. A changed target applies to the tasks created from then on.
 */
@Path("/practices/{id}/response-targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResponseTargetResource {

  @Inject
  private Practices practices;

  @Inject
  private ResponseTargetSettings targets;

  @GET
  @RolesAllowed({IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN})
  public ResponseSettingsView targets(@PathParam("id") String id) {
    return view(practices.reachable("id", id).id().value());
  }

  @PUT
  @RolesAllowed({PRACTICE_OWNER, ADMIN})
  public ResponseSettingsView changeTargets(@PathParam("id") String id, ResponseTargetsRequest request) {
    Practice practice = practices.reachable("id", id);
    if (request == null) {
      throw new InvalidInputException("body", "send a JSON object with each step's target in minutes, e.g."
          + " {\"confirmBreach\": 30}");
    }
    Map<ResponseStep, Duration> checked = request.checked();
    String escalationEmail = request.checkedEscalationEmail();
    targets.save(practice.id().value(), checked);
    targets.saveEscalationEmail(practice.id().value(), escalationEmail);
    return view(practice.id().value());
  }

  private ResponseSettingsView view(String practiceId) {
    Map<ResponseStep, Duration> current = targets.of(practiceId);
    List<ResponseTargetView> steps = Arrays.stream(ResponseStep.values()).map(step -> new ResponseTargetView(
        step.field(), step.label(), current.get(step).toMinutes(), step.defaultTarget().toMinutes())).toList();
    return new ResponseSettingsView(steps, targets.escalationEmail(practiceId).orElse(null));
  }
}
