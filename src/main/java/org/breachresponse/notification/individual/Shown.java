package org.breachresponse.notification.individual;

/**
 * A value echoed in an error message: short, with control characters made visible, so a message can
 * neither break a log line nor carry a whole pasted record. Only codes and flags are echoed, never names,
 * addresses or e-mail addresses, which are personal data.
 */
final class Shown {

  private static final int MAX = 20;

  private Shown() {
  }

  static String value(String text) {
    StringBuilder visible = new StringBuilder();
    text.codePoints().limit(MAX).forEach(c -> {
      if (Character.isISOControl(c)) {
        visible.append(String.format("\\u%04x", c));
      } else {
        visible.appendCodePoint(c);
      }
    });
    return text.codePointCount(0, text.length()) > MAX ? visible + "…" : visible.toString();
  }
}
