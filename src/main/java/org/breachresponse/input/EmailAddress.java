package org.breachresponse.input;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether text entered as an e-mail address can be one; the rule the practice's and the individuals' inputs share. */
public final class EmailAddress {

  private EmailAddress() {
  }

  /**
   * One {@code @}, no white space, a dot in the domain, and what Jakarta Mail's strict parser accepts as a
   * bare address (no display name, no comment, no list). Whether the mailbox exists only sending tells.
   */
  public static boolean isPlausible(String email) {
    int at = email.indexOf('@');
    if (at <= 0 || at != email.lastIndexOf('@') || email.codePoints().anyMatch(Character::isWhitespace)
        || email.indexOf('.', at) < 0 || email.endsWith(".")) {
      return false;
    }
    try {
      InternetAddress address = new InternetAddress(email, true);
      address.validate();
      return address.getPersonal() == null && email.equals(address.getAddress());
    } catch (AddressException e) {
      return false;
    }
  }
}
