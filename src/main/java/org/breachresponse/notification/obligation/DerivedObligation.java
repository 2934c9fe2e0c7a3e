package org.breachresponse.notification.obligation;

import java.time.LocalDate;

/**
 * One notice the law requires, as the rules derive it: who must be told, under which jurisdiction ("US" for
 * federal law, else a state's two-letter code), by when, on what legal basis, and whether the rule is one
 * whose sources leave unconfirmed (then the plan says "verify with counsel"; docs/legal-sources.md,
 * 'Unconfirmed rules').
 */
public record DerivedObligation(Recipient recipient, String jurisdiction, String authority, LocalDate dueDate,
    String basis, boolean uncertain) {

  public static final String FEDERAL = "US";

  String key() {
    return recipient + "/" + jurisdiction + "/" + authority;
  }

  boolean isEarlierThan(DerivedObligation other) {
    return dueDate.isBefore(other.dueDate);
  }
}
