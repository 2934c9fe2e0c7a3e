package org.breachresponse.incident;

/** No incident has that reference. */
public class IncidentNotFoundException extends RuntimeException {

  public IncidentNotFoundException(String reference) {
    super("No incident with reference " + reference);
  }
}
