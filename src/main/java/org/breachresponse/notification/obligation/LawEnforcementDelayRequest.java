package org.breachresponse.notification.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;

/**
 * {@code POST /api/breach/incidents/{reference}/law-enforcement-delay}. A written statement must name the
 * date notices may go out ({@code until}); an oral one may name none, and never delays more than 30 days.
 */
public record LawEnforcementDelayRequest(LawEnforcementDelay.Form form, String official, String agency,
    String statement, LocalDate statedOn, LocalDate until) {

  /** A sanity limit, not the law's: a delay until 2999 is a typo; a longer real one is recorded again later. */
  static final int MAX_YEARS = 5;

  public LocalDate delayedUntil() {
    LocalDate oralLimit = statedOn.plusDays(LawEnforcementDelay.ORAL_MAX_DAYS);
    if (form == LawEnforcementDelay.Form.WRITTEN) {
      return until;
    }
    return until == null || until.isAfter(oralLimit) ? oralLimit : until;
  }

  public LawEnforcementDelayRequest validated(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (form == null) {
      errors.add(new FieldError("form", "required, WRITTEN or ORAL"));
    }
    text(errors, "official", official, 200);
    text(errors, "agency", agency, 200);
    text(errors, "statement", statement, 4000);
    if (statedOn == null || statedOn.isAfter(today) || statedOn.isBefore(ObligationPreviewRequest.RULE_IN_FORCE)) {
      errors.add(new FieldError("statedOn", "required, the date of the statement (not in the future, not before "
          + ObligationPreviewRequest.RULE_IN_FORCE + ")"));
    }
    if (form == LawEnforcementDelay.Form.WRITTEN && until == null) {
      errors.add(new FieldError("until", "a written statement specifies how long: the date notices may go out"));
    }
    if (until != null && statedOn != null && !until.isAfter(statedOn)) {
      errors.add(new FieldError("until", "must be after the statement's date"));
    } else if (until != null && statedOn != null && until.isAfter(statedOn.plusYears(MAX_YEARS))) {
      errors.add(new FieldError("until", "at most " + MAX_YEARS + " years after the statement's date; record a new "
          + "statement when the official extends the delay"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return this;
  }

  private static void text(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      errors.add(new FieldError(field, "required, at most " + max + " characters"));
    }
  }
}
