package org.breachresponse.notification.individual;

import java.util.List;

/**
 * The outside bodies a notice letter sends people to, with the numbers and addresses it prints.
 * <strong>Re-verify every value before a mailing</strong>: agencies change numbers and web addresses, and
 * a wrong number in a breach letter sends frightened people to the wrong place. Sources as seen when
 * these were written:
 * <ul>
 *   <li>Credit bureaus' numbers and web sites: the FTC's "Credit Freeze FAQs" as quoted by
 *       https://www.fmfcu.org/security-center/article/credit-freeze-vs-fraud-alert/ ; the same three
 *       numbers on the Maryland Attorney General's identity-theft page
 *       https://www.marylandattorneygeneral.gov/Pages/IdentityTheft/default.aspx .</li>
 *   <li>Credit bureaus' postal addresses (freeze requests by mail): Massachusetts OCABR,
 *       https://www.mass.gov/how-to/request-a-credit-report-security-freeze .</li>
 *   <li>Free credit reports: FTC "Identity Theft: A Recovery Plan" (copy at
 *       https://fallbackstatus.com/identity-theft-a-recovery-plan/ ).</li>
 *   <li>FTC: number and web site from the same booklet; postal address from the FTC's archived identity
 *       theft pages (https://webarchive.library.unt.edu/eot2008/20090511220531/http:/www.consumer.gov/idtheft/law_help.htm ).</li>
 *   <li>Maryland Attorney General: postal address from https://oag.maryland.gov/i-need-to/Pages/identity-theft-information.aspx
 *       (without its floor); web site from https://www.marylandattorneygeneral.gov/Pages/IdentityTheft/breachnotices.aspx ;
 *       the toll-free number only from third-party listings of the AG's consumer line, no government
 *       page confirmed it (open question).</li>
 * </ul>
 * Maryland wants the bureaus' and the FTC's and Attorney General's toll-free numbers, addresses and web
 * sites in its residents' notices (Md. Code, Com. Law § 14-3504;
 * https://klinedinstlaw.com/practice/privacy-data-security/maryland ; docs/legal-sources.md, 'Maryland notice
 * content').
 */
final class ConsumerProtectionContacts {

  /** One body: what a letter prints about it. */
  record Contact(String name, String tollFreeNumber, String website, String postalAddress) {

    /** One line, e.g. "Experian: 1-888-397-3742, www.experian.com/help, P.O. Box 9554, Allen, TX 75013". */
    String line() {
      return name + ": " + tollFreeNumber + ", " + website + ", " + postalAddress;
    }
  }

  static final Contact EQUIFAX = new Contact("Equifax", "1-800-685-1111",
      "www.equifax.com/personal/credit-report-services", "P.O. Box 105788, Atlanta, GA 30348");
  static final Contact EXPERIAN = new Contact("Experian", "1-888-397-3742",
      "www.experian.com/help", "P.O. Box 9554, Allen, TX 75013");
  static final Contact TRANSUNION = new Contact("TransUnion", "1-888-909-8872",
      "www.transunion.com/credit-help", "P.O. Box 2000, Chester, PA 19016");

  /** The three nationwide consumer reporting agencies, for fraud alerts and credit freezes. */
  static final List<Contact> CREDIT_BUREAUS = List.of(EQUIFAX, EXPERIAN, TRANSUNION);

  /** The one free source of everyone's credit reports from all three bureaus. */
  static final String FREE_CREDIT_REPORTS = "www.annualcreditreport.com or 1-877-322-8228";

  static final Contact FTC = new Contact("Federal Trade Commission", "1-877-438-4338",
      "www.identitytheft.gov", "600 Pennsylvania Avenue NW, Washington, DC 20580");

  static final Contact MARYLAND_ATTORNEY_GENERAL = new Contact("Maryland Office of the Attorney General",
      "1-888-743-0023", "www.marylandattorneygeneral.gov", "200 St. Paul Place, Baltimore, MD 21202");

  private ConsumerProtectionContacts() {
  }
}
