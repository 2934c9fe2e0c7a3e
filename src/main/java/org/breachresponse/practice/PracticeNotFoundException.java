package org.breachresponse.practice;

import org.breachresponse.input.FieldError;

/**
 * No practice of that id, or none the caller belongs to: both answer the same 404, so a refusal does not
 * reveal whether another practice exists.
 */
public class PracticeNotFoundException extends RuntimeException {

  private final transient FieldError error;

  public PracticeNotFoundException(String field, String id) {
    super("No practice " + (id != null && PracticeId.valid(id) ? id : "like that") + " that you belong to");
    this.error = new FieldError(field, getMessage());
  }

  public FieldError error() {
    return error;
  }
}
