package org.breachresponse.notification.individual;

import java.util.List;

/**
 * The practice has not told us how it can be reached, so no letter can be produced: 164.404(c)(1)(E)
 * requires real contact procedures, and a letter with a placeholder in their place must never go out.
 */
public class PracticeDetailsMissingException extends RuntimeException {

  private final List<String> missing;

  /** @param missing the environment variables to set, e.g. {@code BREACH_PRACTICE_TOLL_FREE_NUMBER} */
  public PracticeDetailsMissingException(List<String> missing) {
    super("Notice letters need the practice's details; set " + String.join(", ", missing)
        + " (wildfly-config/practice.cli)");
    this.missing = List.copyOf(missing);
  }

  /** The environment variables that are unset or blank. */
  public List<String> missing() {
    return missing;
  }
}
