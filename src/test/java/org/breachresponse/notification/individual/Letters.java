package org.breachresponse.notification.individual;

import java.time.LocalDate;
import java.util.Set;
import org.breachresponse.incident.DataType;
import org.breachresponse.process.IncidentReference;

/** The practice, breach and recipients the letter tests share. */
public final class Letters {

  public static final PracticeDetails PRACTICE = new PracticeDetails("Smile Dental Care, P.C.",
      "12 Main Street | Suite 3 | Springfield, IL 62701", "1-800-555-0100", "privacy@smile-dental.example",
      "www.smile-dental.example", "Dana Reyes, Privacy Officer");

  static final LocalDate LETTER_DATE = LocalDate.of(2026, 4, 20);

  static final LetterRecipient JOSE =
      new LetterRecipient("José Núñez", "48 Oak Avenue\nSpringfield, IL 62704", "IL");
  static final LetterRecipient AN = new LetterRecipient("Nguyễn Văn An", "7 Harbor Road\nBaltimore, MD 21201", "MD");

  private Letters() {
  }

  static BreachFacts facts(DataType... types) {
    return new BreachFacts(IncidentReference.of("BR-2026-0007"), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 6),
        "Someone outside the practice got into our front-desk computer through a phishing e-mail.",
        Set.of(types), "We took the computer off our network and reset every staff password.");
  }

  static NoticeLetter letter(LetterRecipient recipient, DataType... types) {
    return new NoticeLetter(PRACTICE, facts(types), recipient, LETTER_DATE);
  }
}
