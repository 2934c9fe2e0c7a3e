package org.breachresponse.notification.individual;

import org.breachresponse.input.EmailAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.breachresponse.incident.UsJurisdiction;

/**
 * What one line of the affected individuals' list must satisfy to be imported. The limits are the
 * columns' sizes in {@code affected_individual}; every problem of the line is reported, not only the first,
 * and none of the messages repeats a name, address or e-mail address (they may end up in logs).
 */
final class IndividualRowRules {

  static final int MAX_NAME = 200;
  static final int MAX_ADDRESS = 500;
  static final int MAX_EMAIL = 254;
  private static final Set<String> YES = Set.of("yes", "y", "true", "1");
  private static final Set<String> NO = Set.of("no", "n", "false", "0", "");

  private IndividualRowRules() {
  }

  /** The row, or empty after adding each of its problems to {@code errors}. */
  static Optional<IndividualRow> check(int line, String name, String postalAddress, String state, String email,
      String emailConsent, CsvErrors errors) {
    int before = errors.count();
    String person = strippedOrNull(name);
    if (person == null) {
      errors.add(line, "name", "required: the individual's name");
    } else if (person.length() > MAX_NAME) {
      errors.add(line, "name", "at most " + MAX_NAME + " characters (this one has " + person.length() + ")");
    } else if (person.codePoints().anyMatch(Character::isISOControl)) {
      errors.add(line, "name", "contains a control character such as a tab or a line break; remove it");
    }
    String address = strippedOrNull(postalAddress);
    if (address != null) {
      address = address.replace("\r\n", "\n").replace('\r', '\n');
      if (address.length() > MAX_ADDRESS) {
        errors.add(line, "postal_address", "at most " + MAX_ADDRESS + " characters (this one has " + address.length() + ")");
      } else if (address.codePoints().anyMatch(c -> c != '\n' && Character.isISOControl(c))) {
        errors.add(line, "postal_address", "contains a control character other than a line break; remove it");
      }
    }
    UsJurisdiction jurisdiction = jurisdiction(line, state, errors);
    String mail = strippedOrNull(email);
    if (mail != null && mail.length() > MAX_EMAIL) {
      errors.add(line, "email", "at most " + MAX_EMAIL + " characters (this one has " + mail.length() + ")");
    } else if (mail != null && !EmailAddress.isPlausible(mail)) {
      errors.add(line, "email", "not an e-mail address such as name@example.com");
    }
    Boolean consent = consent(line, emailConsent, errors);
    if (Boolean.TRUE.equals(consent) && mail == null) {
      errors.add(line, "email", "email_consent says yes but there is no e-mail address; add it, or set email_consent to no");
    }
    if (errors.count() != before) {
      return Optional.empty();
    }
    return Optional.of(new IndividualRow(person, address, jurisdiction, mail, consent, line));
  }

  /** The state code as written, upper-cased and with any spaces removed; empty if there is none. */
  static String stateCode(String state) {
    if (state == null) {
      return "";
    }
    StringBuilder code = new StringBuilder(2);
    state.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(code::appendCodePoint);
    return code.toString().toUpperCase(Locale.ROOT);
  }

  private static UsJurisdiction jurisdiction(int line, String state, CsvErrors errors) {
    String code = stateCode(state);
    if (code.isEmpty()) {
      errors.add(line, "state", "required: the two-letter code of the state the individual lives in, such as TX");
      return null;
    }
    return UsJurisdiction.fromCode(code).orElseGet(() -> {
      errors.add(line, "state", "'" + Shown.value(code) + "' is not a US state code; use a two-letter code such as TX");
      return null;
    });
  }

  private static Boolean consent(int line, String value, CsvErrors errors) {
    String answer = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(answer)) {
      return true;
    }
    if (NO.contains(answer)) {
      return false;
    }
    errors.add(line, "email_consent", "'" + Shown.value(value.strip()) + "' is not yes or no; write yes or no "
        + "(or y/n, true/false, 1/0), or leave it empty for no");
    return null;
  }


  private static String strippedOrNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
