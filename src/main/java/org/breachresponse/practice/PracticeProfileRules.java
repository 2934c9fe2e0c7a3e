package org.breachresponse.practice;

import org.breachresponse.input.EmailAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.PlainText;

/**
 * What a practice's id and profile must satisfy, each error naming its field. The limits are the columns'
 * sizes in {@code practice} (V7__practices.sql). Text is stripped; optional text left blank is stored as
 * nothing. Every field but the postal address is one line: a line break in a name or an e-mail address would
 * end up in a letter's or an e-mail's header.
 */
final class PracticeProfileRules {

  static final int MAX_NAME = 200;
  static final int MAX_POSTAL_ADDRESS = 500;
  static final int MAX_TOLL_FREE_NUMBER = 40;
  static final int MAX_EMAIL = 200;
  static final int MAX_WEBSITE = 300;
  static final int MAX_PRIVACY_OFFICER = 200;
  static final int MAX_TIME_ZONE = 60;
  static final int MAX_STAFF_GROUP = 500;
  private static final int MIN_PHONE_DIGITS = 7;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");

  private PracticeProfileRules() {
  }

  /** The id and profile of a new practice, or every error of them at once. */
  static NewPractice.Checked check(NewPractice request) {
    List<FieldError> errors = new ArrayList<>();
    PracticeId id = id(request.id(), errors);
    PracticeProfile profile = profile(request.name(), request.timeZone(), request.postalAddress(),
        request.tollFreeNumber(), request.email(), request.website(), request.privacyOfficer(),
        request.staffGroup(), errors);
    InvalidInputException.ifAny(errors);
    return new NewPractice.Checked(id, profile);
  }

  /**
   * The profile as it is to be stored, or every error of it at once. {@code staffGroup} is already resolved
   * (null: none).
   */
  static PracticeProfile check(String name, String timeZone, String postalAddress, String tollFreeNumber,
      String email, String website, String privacyOfficer, String staffGroup) {
    List<FieldError> errors = new ArrayList<>();
    PracticeProfile profile = profile(name, timeZone, postalAddress, tollFreeNumber, email, website, privacyOfficer,
        staffGroup, errors);
    InvalidInputException.ifAny(errors);
    return profile;
  }

  static PracticeId id(String text, List<FieldError> errors) {
    try {
      return PracticeId.parse("id", text);
    } catch (InvalidInputException refused) {
      errors.addAll(refused.errors());
      return null;
    }
  }

  private static PracticeProfile profile(String name, String timeZone, String postalAddress, String tollFreeNumber,
      String email, String website, String privacyOfficer, String staffGroup, List<FieldError> errors) {
    String legalName = line("name", name, MAX_NAME, true, errors);
    String zone = timeZone("timeZone", timeZone, errors);
    String address = text("postalAddress", postalAddress, MAX_POSTAL_ADDRESS, errors);
    String phone = tollFreeNumber("tollFreeNumber", tollFreeNumber, errors);
    String mail = email("email", email, errors);
    String site = website("website", website, errors);
    String signer = line("privacyOfficer", privacyOfficer, MAX_PRIVACY_OFFICER, false, errors);
    String group = distinguishedName("staffGroup", staffGroup, MAX_STAFF_GROUP, errors);
    return new PracticeProfile(legalName, address, phone, mail, site, signer, zone, group);
  }

  /**
   * An IANA region id such as {@code America/Chicago} (Java's time-zone database). A fixed offset such as
   * {@code +02:00} or {@code UTC+2} is refused: it knows no daylight saving time, so a deadline "at the end of
   * the day there" would be an hour off for half the year.
   */
  static String timeZone(String field, String text, List<FieldError> errors) {
    String zone = line(field, text, MAX_TIME_ZONE, true, errors);
    if (zone == null) {
      return null;
    }
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      errors.add(new FieldError(field, "must be an IANA time zone id such as America/Chicago or America/New_York"
          + " (a fixed offset such as +02:00 is refused: it knows no daylight saving time)"));
      return null;
    }
    return ZoneId.of(zone).getId();
  }

  /** Digits, spaces, dashes, parentheses and a leading +, with at least seven digits. */
  static String tollFreeNumber(String field, String text, List<FieldError> errors) {
    String number = line(field, text, MAX_TOLL_FREE_NUMBER, false, errors);
    if (number == null) {
      return null;
    }
    long digits = number.chars().filter(c -> c >= '0' && c <= '9').count();
    if (!PHONE.matcher(number).matches() || digits < MIN_PHONE_DIGITS) {
      errors.add(new FieldError(field, "must be a telephone number of digits, spaces, dashes, parentheses and a"
          + " leading +, e.g. 1-800-555-0100"));
      return null;
    }
    return number;
  }

  /** One address, {@code name@example.com}, without a display name. */
  static String email(String field, String text, List<FieldError> errors) {
    String mail = line(field, text, MAX_EMAIL, false, errors);
    if (mail == null) {
      return null;
    }
    if (!EmailAddress.isPlausible(mail)) {
      errors.add(new FieldError(field, "must be one e-mail address such as privacy@example.com"));
      return null;
    }
    return mail;
  }

  /** An absolute {@code https://} or {@code http://} address with a host and without user or password. */
  static String website(String field, String text, List<FieldError> errors) {
    String site = line(field, text, MAX_WEBSITE, false, errors);
    if (site == null) {
      return null;
    }
    try {
      URI uri = new URI(site);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getRawUserInfo() == null) {
        return site;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    errors.add(new FieldError(field, "must be a web address starting with https:// or http://, e.g."
        + " https://brightsmiles.example"));
    return null;
  }

  /** An LDAP distinguished name (RFC 4514), e.g. {@code CN=Staff,OU=Groups,DC=practice,DC=local}. */
  static String distinguishedName(String field, String text, int max, List<FieldError> errors) {
    String dn = line(field, text, max, false, errors);
    if (dn == null) {
      return null;
    }
    try {
      LdapName name = new LdapName(dn);
      boolean dangling = dn.startsWith(",") || dn.endsWith(",") && !dn.endsWith("\\,");
      if (!name.isEmpty() && !dangling && name.getRdns().stream()
          .allMatch(rdn -> !rdn.getType().isBlank() && !String.valueOf(rdn.getValue()).isBlank())) {
        return dn;
      }
    } catch (InvalidNameException | IllegalArgumentException e) {
      // refused below
    }
    errors.add(new FieldError(field, "must be a distinguished name such as CN=Staff,OU=Groups,DC=practice,DC=local"));
    return null;
  }

  /** Optional or required text of one line; null when left blank. */
  static String line(String field, String text, int max, boolean required, List<FieldError> errors) {
    String value = text(field, text, max, errors);
    if (value == null) {
      if (required && (text == null || text.isBlank())) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      errors.add(new FieldError(field, "must be one line"));
      return null;
    }
    return value;
  }

  /** Optional plain text of at most {@code max} characters, stripped; null when left blank. */
  static String text(String field, String text, int max, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!PlainText.isPlainText(text)) {
      errors.add(new FieldError(field, PlainText.REASON));
      return null;
    }
    String value = text.strip();
    if (value.length() > max) {
      errors.add(new FieldError(field, "at most " + max + " characters (this one has " + value.length() + ")"));
      return null;
    }
    return value;
  }
}
