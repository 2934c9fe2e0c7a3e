package org.breachresponse.notification.individual;

import static org.breachresponse.notification.individual.ConsumerProtectionContacts.CREDIT_BUREAUS;
import static org.breachresponse.notification.individual.ConsumerProtectionContacts.FTC;
import static org.breachresponse.notification.individual.ConsumerProtectionContacts.MARYLAND_ATTORNEY_GENERAL;

import java.util.ArrayList;
import java.util.List;
import org.breachresponse.notification.individual.NoticeLetter.Section;

/**
 * What a state's own breach law adds to the HIPAA notice for its residents, appended after the five
 * federal elements of 45 CFR 164.404(c) (docs/legal-sources.md, 'Maryland notice content'). Only Maryland is here
 * so far; other states' content rules are still to be read from the statutes (the decision tables give deadlines
 * and regulators, not content).
 */
final class StateAdditions {

  private StateAdditions() {
  }

  /**
   * The extra sections for this recipient's state, none for most.
   *
   * @param bureausListed whether the steps already listed the credit bureaus, so they are not listed twice
   */
  static List<Section> forRecipient(LetterRecipient recipient, boolean bureausListed) {
    if (recipient.livesIn("MD")) {
      return List.of(maryland(bureausListed));
    }
    return List.of();
  }

  /**
   * Md. Code, Com. Law § 14-3504: the bureaus' toll-free numbers and addresses, and the FTC's and the
   * Attorney General's toll-free numbers, addresses and web sites, with a statement that people can learn
   * from them how to avoid identity theft (https://klinedinstlaw.com/practice/privacy-data-security/maryland ).
   */
  private static Section maryland(boolean bureausListed) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("You can get information about how to avoid identity theft from the Federal Trade"
        + " Commission and from the Maryland Attorney General:");
    paragraphs.add(FTC.line());
    paragraphs.add(MARYLAND_ATTORNEY_GENERAL.line());
    if (bureausListed) {
      paragraphs.add("The three nationwide consumer reporting agencies are listed above.");
    } else {
      paragraphs.add("You can also contact the three nationwide consumer reporting agencies:");
      CREDIT_BUREAUS.forEach(bureau -> paragraphs.add(bureau.line()));
    }
    return new Section("Information for Maryland residents", paragraphs);
  }
}
