package org.breachresponse.notification.individual;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.breachresponse.incident.DataType;
import org.breachresponse.process.IncidentReference;

/**
 * What a notice letter says about the breach itself, the same for everyone it reaches: elements (A),
 * (B) and (D) of 164.404(c)(1) (docs/legal-sources.md, 'Content of the individual notice'). The two free texts are
 * written by the privacy officer in plain language; a blank line starts a new paragraph.
 *
 * @param incidentReference the incident's reference, printed so that callers can quote it
 * @param breachDate        when the breach happened; {@code null} while unknown (the letter says so)
 * @param discoveryDate     when the practice discovered it (164.404(a)(2))
 * @param whatHappened      a brief description of what happened
 * @param dataTypes         the types of information involved; at least one
 * @param whatWeAreDoing    what the practice is doing to investigate, limit the harm and prevent a repeat
 */
public record BreachFacts(IncidentReference incidentReference, LocalDate breachDate, LocalDate discoveryDate,
    String whatHappened, Set<DataType> dataTypes, String whatWeAreDoing) {

  public BreachFacts {
    Objects.requireNonNull(incidentReference, "incidentReference");
    Objects.requireNonNull(discoveryDate, "discoveryDate");
    requireText(whatHappened, "whatHappened");
    requireText(whatWeAreDoing, "whatWeAreDoing");
    if (dataTypes == null || dataTypes.isEmpty()) {
      throw new IllegalArgumentException("a notice must name the types of information involved");
    }
    // Sorted as the enum declares them, so every letter lists them in the same order.
    dataTypes = Collections.unmodifiableSet(EnumSet.copyOf(dataTypes));
  }

  private static void requireText(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(name + " must be written before a letter can be produced");
    }
  }
}
