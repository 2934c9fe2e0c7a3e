package org.breachresponse.practice;

import org.breachresponse.input.FieldError;

/** The practice was deactivated: its records stay readable, but it takes no new incident (409). */
public class PracticeInactiveException extends RuntimeException {

  private final transient FieldError error;

  public PracticeInactiveException(String field, PracticeId id) {
    super("Practice " + id + " is deactivated and takes no new incidents");
    this.error = new FieldError(field, getMessage());
  }

  public FieldError error() {
    return error;
  }
}
