package org.breachresponse.incident;

import org.breachresponse.process.IncidentReference;

/**
 * The incident reference in a request's path. Text that is not a reference is no incident's: it is answered
 * as an unknown reference is (404 naming {@code reference}, the text not repeated back), before anything is read.
 */
public final class PathReference {

  private PathReference() {
  }

  /** @throws IncidentNotFoundException for text that is not a reference */
  public static IncidentReference of(String pathParameter) {
    return IncidentReference.parse(pathParameter).orElseThrow(() -> new IncidentNotFoundException(pathParameter));
  }
}
