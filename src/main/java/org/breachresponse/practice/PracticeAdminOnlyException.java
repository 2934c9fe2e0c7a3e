package org.breachresponse.practice;

import org.breachresponse.input.FieldError;

/** A member of the practice may change its profile, but not this field: only an administrator may (403). */
public class PracticeAdminOnlyException extends RuntimeException {

  private final transient FieldError error;

  PracticeAdminOnlyException(String field, String message) {
    super(message);
    this.error = new FieldError(field, message);
  }

  public FieldError error() {
    return error;
  }
}
