package org.breachresponse.notification.individual;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One person a notice letter goes to: at the last known address by first-class mail, or by e-mail if
 * they agreed to it (164.404(d)(1)). The state decides which state additions the letter carries.
 *
 * @param name          as the address block and the salutation print it, in any script
 * @param postalAddress street, city, state and ZIP, lines separated by line breaks; blank for e-mail only
 * @param state         two-letter code of the state they live in, e.g. "MD"; {@code null} if unknown
 */
public record LetterRecipient(String name, String postalAddress, String state) {

  public LetterRecipient {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a letter needs the recipient's name");
    }
    name = name.strip();
    postalAddress = postalAddress == null ? "" : postalAddress;
    state = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
  }

  /** The postal address one line each, blank lines dropped. */
  public List<String> postalAddressLines() {
    return Arrays.stream(postalAddress.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** Whether the recipient lives in the state with this two-letter code. */
  public boolean livesIn(String stateCode) {
    return stateCode.equals(state);
  }
}
