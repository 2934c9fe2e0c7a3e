package org.breachresponse.incident;

/** No incident has that reference. */
public class IncidentNotFoundException extends RuntimeException {

  public IncidentNotFoundException(String reference) {
    super("No incident with reference " + reference);
  }

  /** The incident exists but not this part of it yet, e.g. its security review. */
  public IncidentNotFoundException(String reference, String part) {
    super("Incident " + reference + " has no " + part + " yet");
  }
}
