package org.breachresponse.practice;

/**
 * What a practice is called, prints on its letters and counts its deadlines in.
 *
 * @param name           its legal name as patients know it, e.g. "Bright Smiles Dental, PLLC"
 * @param postalAddress  lines separated by a line break or " | "
 * @param tollFreeNumber a number people can call free of charge (45 CFR 164.404(c)(1)(E))
 * @param email          where questions about a breach are answered
 * @param website        also where a substitute notice is posted
 * @param privacyOfficer who signs letters, with title, e.g. "Dana Reyes, Privacy Officer"
 * @param timeZone       an IANA zone id, e.g. America/Chicago: a notice is due until the end of its day there
 * @param staffGroup     with Active Directory sign-in, the group whose (nested) members are its staff; may be null
 */
public record PracticeProfile(String name, String postalAddress, String tollFreeNumber, String email,
    String website, String privacyOfficer, String timeZone, String staffGroup) {
}
