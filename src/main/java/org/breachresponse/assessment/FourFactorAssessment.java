package org.breachresponse.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.breachresponse.input.FieldError;

/**
 * The privacy officer's assessment as entered, before it is stored.
 *
 * @param exclusion          which exclusion of 164.402(1) applies, if any
 * @param natureOfPhi        factor 1: nature and extent of the PHI, identifiers, likelihood of re-identification
 * @param unauthorizedPerson factor 2: the unauthorised person who used the PHI or to whom it was disclosed
 * @param acquiredOrViewed   factor 3: whether the PHI was actually acquired or viewed
 * @param mitigation         factor 4: the extent to which the risk has been mitigated
 * @param outcome            the determination
 * @param justification      why the outcome follows
 */
public record FourFactorAssessment(
    BreachExclusion exclusion,
    RiskFactor natureOfPhi,
    RiskFactor unauthorizedPerson,
    RiskFactor acquiredOrViewed,
    RiskFactor mitigation,
    AssessmentOutcome outcome,
    String justification) {

  /**
   * What makes this determination untenable, given whether the scope found the data encrypted with a
   * safe key. Impermissible disclosure is presumed a breach unless the assessment shows a low probability
   * of compromise (164.402(2)), so a factor rated HIGH rules that outcome out.
   */
  List<FieldError> contradictions(Boolean encryptedKeySafe) {
    List<FieldError> errors = new ArrayList<>();
    if (exclusion != BreachExclusion.NONE && outcome != AssessmentOutcome.EXCEPTION_APPLIES) {
      errors.add(new FieldError("assessmentOutcome", "an exclusion applies, so the outcome must be EXCEPTION_APPLIES"));
    }
    if (exclusion == BreachExclusion.NONE && outcome == AssessmentOutcome.EXCEPTION_APPLIES) {
      errors.add(new FieldError("exceptionApplied", "name the exclusion of 45 CFR 164.402(1) that applies"));
    }
    if (outcome == AssessmentOutcome.PHI_SECURED && !Boolean.TRUE.equals(encryptedKeySafe)) {
      errors.add(new FieldError("assessmentOutcome",
          "the scope does not record the data as encrypted with a safe key; correct the scope or choose another outcome"));
    }
    if (outcome == AssessmentOutcome.LOW_PROBABILITY_OF_COMPROMISE && factors().anyMatch(f -> f.rating() == Rating.HIGH)) {
      errors.add(new FieldError("assessmentOutcome",
          "a factor rated HIGH does not demonstrate a low probability of compromise (45 CFR 164.402(2))"));
    }
    return errors;
  }

  Stream<RiskFactor> factors() {
    return Stream.of(natureOfPhi, unauthorizedPerson, acquiredOrViewed, mitigation);
  }
}
