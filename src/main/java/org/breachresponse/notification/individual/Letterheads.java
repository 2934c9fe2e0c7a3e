package org.breachresponse.notification.individual;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.Practices;

/**
 * The letterhead of an incident's practice: what its letters, e-mail notices and HHS filings print. Looked up
 * by the incident's practice id whoever asks: the caller already reached the incident.
 */
@ApplicationScoped
public class Letterheads {

  @Inject
  private Practices practices;

  /**
   * @throws PracticeDetailsMissingException naming the practice's unset fields
   * @throws IllegalStateException           for an incident without a practice (only engine tests have those)
   */
  public PracticeDetails of(String practiceId) {
    if (practiceId == null) {
      throw new IllegalStateException("the incident belongs to no practice, so no letter can name one");
    }
    return PracticeDetails.of(practices.find(new PracticeId(practiceId))
        .orElseThrow(() -> new IllegalStateException("no practice " + practiceId)));
  }
}
