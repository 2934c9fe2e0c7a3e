package org.breachresponse.notification.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.UsJurisdiction;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;

/**
 * {@code POST /api/breach/obligations/preview}: the facts of a breach that has not been reported (yet), for
 * planning. Types are checked by the JSON reader (a bad date or entity type is named by its field); the
 * rest here, every error at once.
 */
public record ObligationPreviewRequest(LocalDate discoveryDate, LocalDate determinationDate, EntityType entityType,
    Boolean phiSecured, Map<String, Integer> residents, List<DataType> dataTypes) {

  /** More than the population of any state: a typo, not a breach. */
  static final int MAX_RESIDENTS = 50_000_000;
  /** The Breach Notification Rule applies to breaches discovered from 23 September 2009 (74 FR 42740). */
  static final LocalDate RULE_IN_FORCE = LocalDate.of(2009, 9, 23);

  NotificationFacts validated(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (discoveryDate == null) {
      errors.add(new FieldError("discoveryDate", "required, a date like 2026-04-06"));
    } else if (discoveryDate.isBefore(RULE_IN_FORCE) || discoveryDate.isAfter(today.plusYears(1))) {
      errors.add(new FieldError("discoveryDate", "must be between " + RULE_IN_FORCE + " and a year from today"));
    }
    if (determinationDate != null && discoveryDate != null && determinationDate.isBefore(discoveryDate)) {
      errors.add(new FieldError("determinationDate", "cannot be before the discovery date"));
    } else if (determinationDate != null && determinationDate.isAfter(today.plusYears(1))) {
      errors.add(new FieldError("determinationDate", "must not be more than a year from today"));
    }
    if (entityType == null) {
      errors.add(new FieldError("entityType", "required, one of " + List.of(EntityType.values())));
    }
    if (phiSecured == null) {
      errors.add(new FieldError("phiSecured", "required: true when the PHI was encrypted and the key was not compromised"));
    }
    Map<UsJurisdiction, Integer> counts = residents(errors);
    if (dataTypes != null && dataTypes.contains(null)) {
      errors.add(new FieldError("dataTypes", "must not contain null"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Set<DataType> types = dataTypes == null || dataTypes.isEmpty() ? Set.of() : EnumSet.copyOf(dataTypes);
    return new NotificationFacts(discoveryDate, determinationDate, entityType, phiSecured, counts, types);
  }

  private Map<UsJurisdiction, Integer> residents(List<FieldError> errors) {
    Map<UsJurisdiction, Integer> counts = new EnumMap<>(UsJurisdiction.class);
    if (residents == null || residents.isEmpty()) {
      errors.add(new FieldError("residents", "required: affected individuals per state, e.g. {\"TX\": 300}"));
      return counts;
    }
    residents.forEach((code, count) -> {
      String field = "residents." + code;
      UsJurisdiction state = UsJurisdiction.fromCode(code).orElse(null);
      if (state == null) {
        errors.add(new FieldError(field, "is not a US state, DC or territory code (e.g. TX, DC, PR)"));
      } else if (count == null || count < 0 || count > MAX_RESIDENTS) {
        errors.add(new FieldError(field, "must be a number of individuals from 0 to " + MAX_RESIDENTS));
      } else {
        counts.put(state, count);
      }
    });
    if (counts.size() == residents.size() && counts.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      errors.add(new FieldError("residents", "at least one affected individual"));
    }
    return counts;
  }
}
