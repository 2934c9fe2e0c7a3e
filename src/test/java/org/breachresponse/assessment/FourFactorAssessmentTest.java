package org.breachresponse.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.breachresponse.input.FieldError;
import org.junit.jupiter.api.Test;

/**
 * The breach-determination rules of 45 CFR 164.402 (docs/legal-sources.md, 'What counts as a breach' and
 * 'Four-factor risk assessment').
 */
class FourFactorAssessmentTest {

  @Test
  void notifiableBreachNeedsNoFurtherCondition() {
    assertThat(assessment(BreachExclusion.NONE, Rating.HIGH, AssessmentOutcome.NOTIFIABLE_BREACH).contradictions(false))
        .isEmpty();
  }

  @Test
  void aFactorRatedHighRulesOutLowProbabilityOfCompromise() {
    assertThat(assessment(BreachExclusion.NONE, Rating.HIGH, AssessmentOutcome.LOW_PROBABILITY_OF_COMPROMISE)
        .contradictions(false)).extracting(FieldError::field).containsExactly("assessmentOutcome");
    assertThat(assessment(BreachExclusion.NONE, Rating.MEDIUM, AssessmentOutcome.LOW_PROBABILITY_OF_COMPROMISE)
        .contradictions(false)).isEmpty();
  }

  @Test
  void exclusionAndOutcomeMustAgree() {
    assertThat(assessment(BreachExclusion.RECIPIENT_COULD_NOT_RETAIN, Rating.LOW, AssessmentOutcome.NOTIFIABLE_BREACH)
        .contradictions(false)).extracting(FieldError::field).containsExactly("assessmentOutcome");
    assertThat(assessment(BreachExclusion.NONE, Rating.LOW, AssessmentOutcome.EXCEPTION_APPLIES)
        .contradictions(false)).extracting(FieldError::field).containsExactly("exceptionApplied");
    assertThat(assessment(BreachExclusion.UNINTENTIONAL_WORKFORCE_ACCESS, Rating.LOW, AssessmentOutcome.EXCEPTION_APPLIES)
        .contradictions(false)).isEmpty();
  }

  @Test
  void securedPhiNeedsTheScopeToRecordEncryptionWithASafeKey() {
    FourFactorAssessment secured = assessment(BreachExclusion.NONE, Rating.LOW, AssessmentOutcome.PHI_SECURED);
    assertThat(secured.contradictions(false)).extracting(FieldError::field).containsExactly("assessmentOutcome");
    assertThat(secured.contradictions(null)).hasSize(1);
    assertThat(secured.contradictions(true)).isEmpty();
  }

  @Test
  void onlyANotifiableBreachIsNotifiable() {
    assertThat(AssessmentOutcome.NOTIFIABLE_BREACH.notifiable()).isTrue();
    assertThat(AssessmentOutcome.LOW_PROBABILITY_OF_COMPROMISE.notifiable()).isFalse();
    assertThat(AssessmentOutcome.EXCEPTION_APPLIES.notifiable()).isFalse();
    assertThat(AssessmentOutcome.PHI_SECURED.notifiable()).isFalse();
  }

  private static FourFactorAssessment assessment(BreachExclusion exclusion, Rating rating, AssessmentOutcome outcome) {
    RiskFactor low = new RiskFactor(Rating.LOW, "low");
    return new FourFactorAssessment(exclusion, new RiskFactor(rating, "why"), low, low, low, outcome, "because");
  }
}
