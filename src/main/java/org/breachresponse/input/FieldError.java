package org.breachresponse.input;

/** One thing wrong with what a user entered, named by the field it was entered in. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
