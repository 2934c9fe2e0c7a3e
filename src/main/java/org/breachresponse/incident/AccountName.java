package org.breachresponse.incident;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A directory user name: letters, digits, '.', '_' and '-', optionally followed by '@' and a domain,
 * at most 64 characters. It covers Active Directory's sAMAccountName and UPN and OpenLDAP's uid as
 * practices use them, and refuses what could change the meaning of an LDAP filter or DN.
 */
public record AccountName(String value) {

  static final String RULE = "letters, digits, '.', '_' and '-', optionally @domain, at most 64 characters";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(@[A-Za-z0-9][A-Za-z0-9.-]*)?");

  public AccountName {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a user name: " + RULE);
    }
  }

  public static Optional<AccountName> parse(String text) {
    return isValid(text) ? Optional.of(new AccountName(text)) : Optional.empty();
  }

  private static boolean isValid(String text) {
    return text != null && !text.isEmpty() && text.length() <= 64 && NAME.matcher(text).matches();
  }
}
