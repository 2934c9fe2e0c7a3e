package org.breachresponse.incident;

import java.util.regex.Pattern;
import org.breachresponse.input.FieldError;
import org.breachresponse.process.IncidentReference;

/** No incident has that reference (or the incident has no such part); names the path parameter at fault. */
public class IncidentNotFoundException extends RuntimeException {

  /** What a reference looks like; anything else is not repeated back to the caller. */
  private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2}-[0-9]{4}-[0-9]{4,6}");

  private final String field;

  public IncidentNotFoundException(IncidentReference reference) {
    this(reference.value());
  }

  public IncidentNotFoundException(IncidentReference reference, String part) {
    this(reference.value(), part);
  }

  /** Text that may not be a reference at all: it is repeated back only if it looks like one. */
  public IncidentNotFoundException(String reference) {
    super("No incident with reference " + shown(reference));
    this.field = "reference";
  }

  /** The incident exists but not this part of it yet, e.g. its security review. */
  public IncidentNotFoundException(String reference, String part) {
    super("Incident " + shown(reference) + " has no " + part + " yet");
    this.field = "reference";
  }

  private IncidentNotFoundException(FieldError error) {
    super(error.message());
    this.field = error.field();
  }

  /** A part of an incident named by another parameter, e.g. {@code individualId}. */
  public static IncidentNotFoundException part(String field, String message) {
    return new IncidentNotFoundException(new FieldError(field, message));
  }

  public String field() {
    return field;
  }

  private static String shown(String reference) {
    return reference != null && REFERENCE.matcher(reference).matches() ? reference : "like that";
  }
}
