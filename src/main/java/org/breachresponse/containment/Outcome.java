package org.breachresponse.containment;

/** How one attempt of an action ended. */
public enum Outcome {
  SUCCEEDED,
  /** Found done already (a retry, or done before this incident): nothing was changed. */
  ALREADY_DONE,
  /** The adapter does not know the target: a person takes over. */
  NOT_FOUND,
  /** The adapter failed; the error says why. */
  FAILED,
  /** A person chose to leave the target as it is. */
  LEFT_AS_IS
}
