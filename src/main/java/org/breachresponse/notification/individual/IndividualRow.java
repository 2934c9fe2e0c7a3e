package org.breachresponse.notification.individual;

import java.util.Objects;
import org.breachresponse.incident.UsJurisdiction;

/**
 * One affected individual as read from a valid line of the uploaded list, with the line it starts on so
 * what is imported can be traced back to the file. Absent values are null, never blank.
 */
public record IndividualRow(String name, String postalAddress, UsJurisdiction state, String email,
    boolean emailConsent, int lineNumber) implements Addressee {

  public IndividualRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    if (emailConsent && email == null) {
      throw new IllegalArgumentException("consent to e-mail notice needs an e-mail address");
    }
  }
}
