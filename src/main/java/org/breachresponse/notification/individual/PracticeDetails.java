package org.breachresponse.notification.individual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeProfile;

/**
 * The practice's own details that every notice letter prints: its letterhead, and the contact means
 * 164.404(c)(1)(E) requires (toll-free number, e-mail, web site, postal address; docs/legal-sources.md, 'Content
 * of the individual notice'). Each practice has its own, in its settings ({@code PUT /camunda/api/breach/practices/{id}});
 * a letter, an e-mail notice or an HHS filing of an incident carries those of the incident's practice.
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

  /**
   * The details of {@code practice}, its name as the legal name.
   *
   * @throws PracticeDetailsMissingException naming the practice and each of its fields unset or blank (as the
   *                                         practice API names them, e.g. {@code tollFreeNumber})
   */
  public static PracticeDetails of(Practice practice) {
    PracticeProfile profile = practice.profile();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", profile.name());
    fields.put("postalAddress", profile.postalAddress());
    fields.put("tollFreeNumber", profile.tollFreeNumber());
    fields.put("email", profile.email());
    fields.put("website", profile.website());
    fields.put("privacyOfficer", profile.privacyOfficer());
    List<String> missing = new ArrayList<>();
    List<String> values = new ArrayList<>();
    fields.forEach((field, value) -> {
      String text = value == null ? "" : value.strip();
      if (text.isEmpty()) {
        missing.add(field);
      }
      values.add(text);
    });
    if (!missing.isEmpty()) {
      throw new PracticeDetailsMissingException(practice.id().value(), missing);
    }
    return new PracticeDetails(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
        values.get(5));
  }

  /** The postal address one line each, as a letterhead and a contact block print it. */
  public List<String> postalAddressLines() {
    return Arrays.stream(postalAddress.split("\\R|\\s*\\|\\s*")).map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
  }
}
