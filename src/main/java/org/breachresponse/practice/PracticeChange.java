package org.breachresponse.practice;

/**
 * The body of {@code PUT /practices/{id}}: the whole profile, as it is to be ({@link PracticeProfile}).
 *
 * @param staffGroup left out or null: unchanged; empty: none. Only an administrator may change it, since it
 *                   decides who belongs to the practice.
 * @param version    the {@code version} of the practice the change was made on; if given and the practice has
 *                   changed since, the change is refused (409 naming {@code version}); left out: the last
 *                   change wins
 */
public record PracticeChange(String name, String timeZone, String postalAddress, String tollFreeNumber,
    String email, String website, String privacyOfficer, String staffGroup, Integer version) {
}
