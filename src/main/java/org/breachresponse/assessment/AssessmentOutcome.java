package org.breachresponse.assessment;

/** The breach determination (45 CFR 164.402; docs/legal-sources.md, 'Four-factor risk assessment'). */
public enum AssessmentOutcome {
  /** A breach of unsecured PHI: the notification duties of 45 CFR 164.404–410 apply. */
  NOTIFIABLE_BREACH(true),
  /** The assessment demonstrates a low probability that the PHI has been compromised (164.402(2)). */
  LOW_PROBABILITY_OF_COMPROMISE(false),
  /** One of the exclusions of 164.402(1) applies: not a breach. */
  EXCEPTION_APPLIES(false),
  /** The PHI was secured (encrypted, key not compromised), so the rule does not apply (164.402, HHS guidance). */
  PHI_SECURED(false);

  private final boolean notifiable;

  AssessmentOutcome(boolean notifiable) {
    this.notifiable = notifiable;
  }

  public boolean notifiable() {
    return notifiable;
  }
}
