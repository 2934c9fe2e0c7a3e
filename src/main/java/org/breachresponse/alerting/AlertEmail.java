package org.breachresponse.alerting;

/** The plain-text e-mail of an alert: to the IT responders when raised; also the owner and escalation contact when late. */
final class AlertEmail {

  private AlertEmail() {
  }

  static String body(Alert alert) {
    if (alert.action() == AlertAction.LATE) {
      return "A step of a data breach response at " + alert.practiceName() + " passed its response-time target.\n\n"
          + "Incident: " + alert.reference() + "\n"
          + "Step: " + alert.step().label() + (alert.dueAt() == null ? "" : ", due " + alert.dueAt()) + "\n"
          + "Held by: " + (alert.heldBy() == null ? "nobody has claimed it" : alert.heldBy()) + "\n\n"
          + "The task stays open: " + alert.link() + "\n"
          + "The practice owner has a task \"Overdue response step\" in the Tasklist to record what was done.\n";
    }
    return "A suspected data breach was reported at " + alert.practiceName() + ".\n\n"
        + "Incident: " + alert.reference() + "\n"
        + "Signs: " + String.join(", ", alert.signLabels()) + "\n"
        + "Next step: " + alert.step().label() + " (IT responder)"
        + (alert.dueAt() == null ? "" : ", target " + alert.dueAt()) + "\n\n"
        + "Claim it in the Tasklist: " + alert.link() + "\n\n"
        + "The first hours decide how much data leaves: please take the step now.\n";
  }
}
