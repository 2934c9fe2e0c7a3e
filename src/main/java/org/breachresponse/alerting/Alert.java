package org.breachresponse.alerting;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What an alert says, the same on every channel: the practice, the incident's reference, the signs staff saw, the
 * step and its target, and a link to the task. It carries no patient data and not the report's free text (the
 * description and the "other signs" text may name patients): only the reference and the checklist's signs.
 *
 * @param outcome for {@link AlertAction#RESOLVED}: {@code confirmed} or {@code dismissed}; else null
 * @param dueAt   the step's target, or null once it is done
 * @param heldBy  for {@link AlertAction#LATE}: who has claimed the late task, or null if nobody has
 */
public record Alert(AlertAction action, ResponseStep step, String practiceId, String practiceName, String reference,
    List<String> signs, Instant dueAt, URI link, String outcome, String heldBy, Instant at) {

  /** One line, e.g. "Suspected breach BR-2026-0001 at Bright Smiles: Confirm the breach by 2026-12-06T20:05:00Z". */
  public String summary() {
    if (action == AlertAction.LATE) {
      return "Target missed: " + step.label() + " of breach " + reference + " at " + practiceName + " was due "
          + (dueAt == null ? "within its target" : dueAt.toString()) + " ("
          + (heldBy == null ? "nobody has claimed it" : "claimed by " + heldBy) + ")";
    }
    if (action == AlertAction.RESOLVED) {
      return "Breach " + reference + " at " + practiceName + " " + outcome + ": " + step.label() + " done";
    }
    return "Suspected breach " + reference + " at " + practiceName + ": " + step.label()
        + (dueAt == null ? "" : " by " + dueAt);
  }

  /** The signs as the report's checklist names them, e.g. "Unusual network activity". */
  public List<String> signLabels() {
    return signs.stream().map(Alert::label).toList();
  }

  /** PagerDuty's deduplication key: one page per incident and step, which its resolution closes. */
  public String dedupKey() {
    return "breach-response/" + practiceId + "/" + reference + "/" + step.field();
  }

  private static String label(String sign) {
    String words = sign.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
