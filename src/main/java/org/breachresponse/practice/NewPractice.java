package org.breachresponse.practice;

/**
 * The body of {@code POST /practices}: the new practice's id (its Camunda tenant id, a lowercase slug, which
 * never changes) and its profile ({@link PracticeProfile} says what each field is).
 */
public record NewPractice(String id, String name, String timeZone, String postalAddress, String tollFreeNumber,
    String email, String website, String privacyOfficer, String staffGroup) {

  /** The request once {@link PracticeProfileRules} accepted it. */
  record Checked(PracticeId id, PracticeProfile profile) {
  }
}
