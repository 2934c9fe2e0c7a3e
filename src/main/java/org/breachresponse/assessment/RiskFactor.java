package org.breachresponse.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One factor of the four-factor assessment: a rating and why. */
@Embeddable
public class RiskFactor {

  @Enumerated(EnumType.STRING)
  @Column(length = 6)
  private Rating rating;

  @Column(length = 4000)
  private String rationale;

  protected RiskFactor() {
  }

  public RiskFactor(Rating rating, String rationale) {
    this.rating = rating;
    this.rationale = rationale;
  }

  public Rating rating() {
    return rating;
  }

  public String rationale() {
    return rationale;
  }
}
