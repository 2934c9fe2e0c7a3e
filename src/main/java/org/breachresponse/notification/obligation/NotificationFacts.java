package org.breachresponse.notification.obligation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.UsJurisdiction;

/**
 * The facts the notification rules turn on (docs/legal-sources.md, 'Date of discovery',
 * 'Who is told and by when', 'What the state tables decide'): when the breach was discovered
 * (and determined, where a law counts from that), whose breach it is, whether the PHI was secured, and how
 * many affected individuals live in each state. Counts only: no person is named here.
 */
public record NotificationFacts(LocalDate discoveryDate, LocalDate determinationDate, EntityType entityType,
    boolean phiSecured, Map<UsJurisdiction, Integer> residents, Set<DataType> dataTypes) {

  public NotificationFacts {
    residents = Map.copyOf(residents);
    dataTypes = Set.copyOf(dataTypes);
    if (determinationDate == null) {
      determinationDate = discoveryDate;
    }
  }

  public int totalIndividuals() {
    return residents.values().stream().mapToInt(Integer::intValue).sum();
  }
}
