package org.breachresponse.notification.individual;

import java.util.List;

/**
 * The practice has not told us how it can be reached, so no letter can be produced: 164.404(c)(1)(E)
 * requires real contact procedures, and a letter with a placeholder in their place must never go out.
 */
public class PracticeDetailsMissingException extends RuntimeException {

  private final String practiceId;
  private final List<String> missing;

  /**
   * @param practiceId the practice whose settings lack them
   * @param missing    its fields to set, as the practice API names them, e.g. {@code tollFreeNumber}
   */
  public PracticeDetailsMissingException(String practiceId, List<String> missing) {
    super("Notice letters need the details of practice " + practiceId + "; set " + String.join(", ", missing)
        + " with PUT /camunda/api/breach/practices/" + practiceId);
    this.practiceId = practiceId;
    this.missing = List.copyOf(missing);
  }

  public String practiceId() {
    return practiceId;
  }

  /** The practice's fields that are unset or blank. */
  public List<String> missing() {
    return missing;
  }
}
