package org.breachresponse.incident;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A machine's host name as RFC 1123 allows it: labels of letters, digits and hyphens, 1 to 63
 * characters, not starting or ending with a hyphen, at most 253 characters in all. Anything else (an
 * LDAP filter, a DN, a control character) is refused before it reaches a directory.
 */
public record Hostname(String value) {

  static final String RULE = "letters, digits and hyphens in dot-separated labels of at most 63 characters, at most 253 in all";
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  public Hostname {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a host name: " + RULE);
    }
  }

  public static Optional<Hostname> parse(String text) {
    return isValid(text) ? Optional.of(new Hostname(text)) : Optional.empty();
  }

  private static boolean isValid(String text) {
    if (text == null || text.isEmpty() || text.length() > 253 || text.endsWith(".")) {
      return false;
    }
    for (String label : text.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
