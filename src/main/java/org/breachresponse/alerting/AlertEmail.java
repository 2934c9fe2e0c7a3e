package org.breachresponse.alerting;

/** The plain-text e-mail of a raised alert, to the practice's IT responders. */
final class AlertEmail {

  private AlertEmail() {
  }

  static String body(Alert alert) {
    return "A suspected data breach was reported at " + alert.practiceName() + ".\n\n"
        + "Incident: " + alert.reference() + "\n"
        + "Signs: " + String.join(", ", alert.signLabels()) + "\n"
        + "Next step: " + alert.step().label() + " (IT responder)"
        + (alert.dueAt() == null ? "" : ", target " + alert.dueAt()) + "\n\n"
        + "Claim it in the Tasklist: " + alert.link() + "\n\n"
        + "The first hours decide how much data leaves: please take the step now.\n";
  }
}
