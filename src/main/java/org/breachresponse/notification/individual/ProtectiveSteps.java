package org.breachresponse.notification.individual;

import static org.breachresponse.notification.individual.ConsumerProtectionContacts.CREDIT_BUREAUS;
import static org.breachresponse.notification.individual.ConsumerProtectionContacts.FREE_CREDIT_REPORTS;
import static org.breachresponse.notification.individual.ConsumerProtectionContacts.FTC;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.breachresponse.incident.DataType;

/**
 * Element (C) of 164.404(c)(1): the steps people should take to protect themselves. Which steps help
 * depends on what was exposed, so a letter offers only those that fit; advice that does not apply to
 * someone teaches them to skip the advice that does.
 */
final class ProtectiveSteps {

  private ProtectiveSteps() {
  }

  /** Whether the steps send people to the credit bureaus (and so list them). */
  static boolean listCreditBureaus(Set<DataType> types) {
    return types.contains(DataType.SOCIAL_SECURITY_NUMBERS) || types.contains(DataType.PAYMENT_CARDS);
  }

  /** The paragraphs of the steps, most urgent first; {@code tollFreeNumber} is the practice's own. */
  static List<String> forTypes(Set<DataType> types, String tollFreeNumber) {
    List<String> steps = new ArrayList<>();
    if (types.contains(DataType.SOCIAL_SECURITY_NUMBERS)) {
      steps.add("Place a free fraud alert or credit freeze. A fraud alert tells lenders to check that it"
          + " is really you before they open credit in your name; contact one of the three nationwide"
          + " consumer reporting agencies below and it will tell the other two. A credit freeze stops"
          + " anyone from opening new credit in your name until you lift it; ask each of the three.");
    }
    if (types.contains(DataType.PAYMENT_CARDS)) {
      steps.add("Watch your card statements closely. If you see a charge you did not make, call your card"
          + " issuer at once, using the number on the back of your card, and ask whether you should get a"
          + " new card number.");
    }
    if (listCreditBureaus(types)) {
      steps.add("Get your free credit reports at " + FREE_CREDIT_REPORTS + " and look for accounts or"
          + " inquiries you do not recognize.");
      steps.add("The nationwide consumer reporting agencies:");
      CREDIT_BUREAUS.forEach(bureau -> steps.add(bureau.line()));
      steps.add("If you think someone is using your information, report it to the " + FTC.name() + " at "
          + FTC.website() + " or " + FTC.tollFreeNumber() + ", and to your local police.");
    }
    if (types.contains(DataType.INSURANCE_IDS)) {
      steps.add("Read the explanation-of-benefits statements your dental or health insurer sends you. If"
          + " one lists a visit, treatment or service you did not receive, call your insurer at the number"
          + " on your insurance card.");
    }
    if (types.contains(DataType.DIAGNOSES_AND_TREATMENT) || types.contains(DataType.DENTAL_IMAGES)) {
      steps.add("If a bill or letter mentions dental or medical care you did not receive, tell the"
          + " provider who sent it, and tell us.");
    }
    steps.add("Be wary of calls, e-mails and text messages that ask for your personal, health or"
        + " financial information, even if they seem to come from us, your bank or your insurer. If in"
        + " doubt, hang up and call us at " + tollFreeNumber + ".");
    return steps;
  }
}
