package org.breachresponse.input;

import java.util.regex.Pattern;

/**
 * A whole number in a path or query parameter. Resources take such parameters as text and read them here, so
 * that {@code abc}, {@code 1.5}, {@code -1}, a fullwidth digit or a number too large is a 400 naming the
 * parameter, not the bare 404 JAX-RS gives a parameter it cannot convert.
 */
public final class NumberParameter {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  private NumberParameter() {
  }

  public static long parse(String field, String text, long min, long max) {
    if (text == null || !DIGITS.matcher(text).matches() || Long.parseLong(text) < min || Long.parseLong(text) > max) {
      throw new InvalidInputException(field, "must be a whole number from " + min + " to " + max);
    }
    return Long.parseLong(text);
  }
}
