package org.breachresponse.notification.obligation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** One obligation as the API shows it; {@code note} appears only on a rule that counsel must confirm. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObligationView(Recipient recipient, String jurisdiction, String authority, LocalDate dueDate,
    String basis, boolean uncertain, String note) {

  static final String VERIFY_WITH_COUNSEL = "verify with counsel";

  static ObligationView of(DerivedObligation obligation) {
    return new ObligationView(obligation.recipient(), obligation.jurisdiction(), obligation.authority(),
        obligation.dueDate(), obligation.basis(), obligation.uncertain(),
        obligation.uncertain() ? VERIFY_WITH_COUNSEL : null);
  }
}
