package org.breachresponse.input;

/**
 * The plain-text rule for everything a person types, in our API's JSON and parameters and in Tasklist forms.
 * Refused: control characters other than tab and line breaks (a NUL breaks PostgreSQL and logs), unpaired
 * UTF-16 surrogates (they cannot be stored or written back as UTF-8), Unicode non-characters, the
 * bidirectional overrides and isolates that make text read differently from what it holds (CVE-2021-42574),
 * and text made only of invisible characters (a zero-width space is not a name).
 */
public final class PlainText {

  public static final String REASON = "must be plain text: no control characters other than tab and line breaks, "
      + "no direction overrides, no broken Unicode, not only invisible characters";

  private PlainText() {
  }

  public static boolean isPlainText(String text) {
    boolean visible = text.isEmpty();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        visible = true;
        continue;
      }
      if (Character.isSurrogate(c) || isControl(c) || isDirectionOverride(c) || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
      visible |= !Character.isWhitespace(c) && !isInvisible(c);
    }
    return visible || text.isBlank() && text.chars().noneMatch(c -> isInvisible((char) c));
  }

  private static boolean isControl(char c) {
    return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
  }

  private static boolean isDirectionOverride(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
