package org.breachresponse.practice;

import java.util.regex.Pattern;
import org.breachresponse.input.InvalidInputException;

/**
 * A practice's id, which is also its Camunda tenant id: a lowercase slug such as {@code bright-smiles}.
 *
 * @param value two to 40 lowercase letters and digits, words joined by single hyphens
 */
public record PracticeId(String value) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_LENGTH = 40;
  public static final String RULE_TEXT = "must be a lowercase slug of 2 to " + MAX_LENGTH
      + " letters and digits, words joined by single hyphens, e.g. bright-smiles";

  public PracticeId {
    if (!valid(value)) {
      throw new IllegalArgumentException("practice id " + RULE_TEXT);
    }
  }

  /** Reads {@code text} as a practice id, or refuses it naming {@code field}. */
  public static PracticeId parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    if (!valid(text)) {
      throw new InvalidInputException(field, RULE_TEXT);
    }
    return new PracticeId(text);
  }

  public static boolean valid(String text) {
    return text != null && text.length() >= 2 && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
