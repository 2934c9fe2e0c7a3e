package org.breachresponse.notification.individual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The practice's own details that every notice letter prints: its letterhead, and the contact means
 * 164.404(c)(1)(E) requires (toll-free number, e-mail, web site, postal address; docs/legal-sources.md, 'Content
 * of the individual notice'). They differ per installation, so WildFly sets them from environment variables
 * ({@code wildfly-config/practice.cli}).
 *
 * @param legalName      the name the practice is known to its patients by, e.g. "Smile Dental Care, P.C."
 * @param postalAddress  its mailing address; lines separated by a line break or " | "
 * @param tollFreeNumber a number people can call free of charge, e.g. "1-800-555-0100"
 * @param email          where questions about the breach are answered
 * @param website        the practice's web site, also where a substitute notice would be posted
 * @param privacyOfficer who signs the letter and answers questions, with title
 */
public record PracticeDetails(String legalName, String postalAddress, String tollFreeNumber, String email,
    String website, String privacyOfficer) {

  /** The {@code breach.practice.*} suffixes, in the order of the record's components. */
  private static final List<String> PROPERTIES = List.of(
      "legal-name", "postal-address", "toll-free-number", "email", "website", "privacy-officer");

  /**
   * Reads {@code breach.practice.legal-name}, {@code .postal-address}, {@code .toll-free-number},
   * {@code .email}, {@code .website} and {@code .privacy-officer}.
   *
   * @throws PracticeDetailsMissingException naming the environment variable of each one unset or blank
   */
  public static PracticeDetails fromSystemProperties() {
    List<String> values = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : PROPERTIES) {
      String value = System.getProperty("breach.practice." + name, "").strip();
      if (value.isEmpty()) {
        missing.add(environmentVariable(name));
      }
      values.add(value);
    }
    if (!missing.isEmpty()) {
      throw new PracticeDetailsMissingException(missing);
    }
    return new PracticeDetails(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
        values.get(5));
  }

  /** The postal address one line each, as a letterhead and a contact block print it. */
  public List<String> postalAddressLines() {
    return Arrays.stream(postalAddress.split("\\R|\\s*\\|\\s*")).map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
  }

  /** {@code toll-free-number} → {@code BREACH_PRACTICE_TOLL_FREE_NUMBER}, as practice.cli reads it. */
  static String environmentVariable(String property) {
    return "BREACH_PRACTICE_" + property.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
