package org.breachresponse.process;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Pattern;
import org.breachresponse.input.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * An incident's reference, {@code BR-<year>-<number>} with the number four to six digits ({@code BR-2026-0001}):
 * the business key of its process instance and the {@code reference} in the API's paths. It is written as
 * its text everywhere: in JSON, in the process variable {@link ProcessVariables#INCIDENT_REFERENCE}, in the
 * database and in the audit trail.
 */
public record IncidentReference(String value) {

  /** The parameter and JSON field a reference is read from and named by. */
  public static final String FIELD = "reference";

  private static final Pattern FORMAT = Pattern.compile("BR-[0-9]{4}-[0-9]{4,6}");

  /** @throws InvalidInputException naming {@code reference} for text that is not a reference */
  public IncidentReference {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidInputException(FIELD, "must be an incident reference like BR-2026-0001");
    }
  }

  /** @throws InvalidInputException naming {@code reference} for text that is not a reference */
  public static IncidentReference of(String value) {
    return new IncidentReference(value);
  }

  /** The reference the text is, if it is one; text that is not is never repeated back. */
  public static Optional<IncidentReference> parse(String text) {
    return text != null && FORMAT.matcher(text).matches() ? Optional.of(new IncidentReference(text))
        : Optional.empty();
  }

  /** The reference of the incident a process instance runs: its {@link ProcessVariables#INCIDENT_REFERENCE}. */
  public static IncidentReference in(VariableScope process) {
    return of((String) process.getVariable(ProcessVariables.INCIDENT_REFERENCE));
  }

  /** The {@code number}th reference handed out in {@code year}: four digits at least. */
  public static IncidentReference of(Year year, int number) {
    return new IncidentReference(String.format("BR-%d-%04d", year.getValue(), number));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
