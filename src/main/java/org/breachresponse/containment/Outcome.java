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
  /**
   * Left as it is: a person chose so, or the engine could not tell what to undo (a machine it found
   * already isolated) and handed it to a person.
   */
  LEFT_AS_IS
}
