package org.breachresponse.alerting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.input.EmailAddress;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;

/**
 * The body of {@code PUT /practices/{id}/response-targets}: each early step's target in minutes (a step left out
 * goes back to its default) and the IT provider's escalation contact, an e-mail address told with the practice owners
 * when a step passes its target (left out: none).
 */
public record ResponseTargetsRequest(Integer confirmBreach, Integer scopeBreach, Integer approveContainment,
    Integer isolateManually, Integer resetManually, String escalationEmail) {

  static final int EMAIL_LENGTH = 200;

  /** The escalation contact to store, stripped; null for none. @throws InvalidInputException naming it */
  String checkedEscalationEmail() {
    if (escalationEmail == null || escalationEmail.isBlank()) {
      return null;
    }
    String email = escalationEmail.strip();
    if (email.length() > EMAIL_LENGTH || !EmailAddress.isPlausible(email)) {
      throw new InvalidInputException("escalationEmail", "must be one e-mail address of at most " + EMAIL_LENGTH
          + " characters, e.g. noc@provider.example");
    }
    return email;
  }

  /** @throws InvalidInputException naming every target out of range */
  Map<ResponseStep, Duration> checked() {
    Map<ResponseStep, Duration> targets = new EnumMap<>(ResponseStep.class);
    List<FieldError> errors = new ArrayList<>();
    Integer[] minutes = {confirmBreach, scopeBreach, approveContainment, isolateManually, resetManually};
    ResponseStep[] steps = {ResponseStep.CONFIRM_BREACH, ResponseStep.SCOPE_BREACH, ResponseStep.APPROVE_CONTAINMENT,
        ResponseStep.ISOLATE_MANUALLY, ResponseStep.RESET_MANUALLY};
    for (int i = 0; i < steps.length; i++) {
      if (minutes[i] == null) {
        targets.put(steps[i], steps[i].defaultTarget());
      } else if (minutes[i] < ResponseStep.SHORTEST.toMinutes() || minutes[i] > ResponseStep.LONGEST.toMinutes()) {
        errors.add(new FieldError(steps[i].field(), "must be from " + ResponseStep.SHORTEST.toMinutes() + " to "
            + ResponseStep.LONGEST.toMinutes() + " minutes (7 days)"));
      } else {
        targets.put(steps[i], Duration.ofMinutes(minutes[i]));
      }
    }
    InvalidInputException.ifAny(errors);
    return targets;
  }
}
