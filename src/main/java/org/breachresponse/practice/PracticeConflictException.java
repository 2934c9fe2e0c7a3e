package org.breachresponse.practice;

import org.breachresponse.input.FieldError;

/**
 * A practice change the stored practices do not allow (409): an id that is taken, or a change made on a
 * version someone else has changed since.
 */
public class PracticeConflictException extends RuntimeException {

  private final transient FieldError error;

  PracticeConflictException(String field, String message) {
    super(message);
    this.error = new FieldError(field, message);
  }

  static PracticeConflictException idTaken(PracticeId id) {
    return new PracticeConflictException("id", "There already is a practice " + id
        + " (practices are never deleted; choose another id)");
  }

  static PracticeConflictException changedSince(PracticeId id, int version) {
    return new PracticeConflictException("version", "Practice " + id + " was changed by someone else (it is at"
        + " version " + version + "); read it again and repeat your change");
  }

  public FieldError error() {
    return error;
  }
}
