package org.breachresponse.practice;

/** The caller belongs to no practice, so there is nothing they may report or read (403). */
public class NotInAnyPracticeException extends RuntimeException {

  public NotInAnyPracticeException(String userId) {
    super("You (" + userId + ") belong to no practice: an administrator must add you to your practice"
        + " (a Camunda tenant membership) first");
  }
}
