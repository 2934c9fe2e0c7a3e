package org.breachresponse.notification.hhs;

import java.time.LocalDate;
import java.util.List;
import org.breachresponse.notification.individual.PracticeDetails;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.process.IncidentReference;

/**
 * A pre-filled worksheet for the HHS OCR breach portal, which has no API and is filed by hand
 * (45 CFR 164.408; docs/legal-sources.md, 'HHS breach portal'): the privacy officer copies each section into the
 * portal's section of the same name. The sections follow the portal's form: breach affecting, report type, covered
 * entity, business associate, breach, notice and actions taken, attestation. Where the portal offers a list, the
 * worksheet gives the list and, only where our records point to one, a suggestion with the reason.
 *
 * <p>Everything comes from our own records; what they do not hold is left {@code null} and named in
 * {@code toComplete}. It holds counts and dates only, never an affected individual's name or contact data.
 *
 * @param reference        the incident's reference, to find the case again (the portal's own transaction
 *                         number is known only after filing)
 * @param breachAffecting  "500 or more" or "fewer than 500" individuals in total (45 CFR 164.408(b)/(c))
 * @param reportType       "Initial"; further information goes in an addendum to it
 * @param determination    the current breach determination and when it was made, or {@code null} if none
 * @param toComplete       one sentence for every answer the officer must still give, choose or confirm
 */
public record HhsWorksheet(IncidentReference reference, String breachAffecting, String reportType, String determination,
    CoveredEntity coveredEntity, BusinessAssociate businessAssociate, Breach breach, Notice notice,
    ActionsTaken actionsTaken, Attestation attestation, List<String> toComplete) {

  /** The portal's threshold: 500 or more individuals are reported within 60 days and posted publicly. */
  static final int PUBLIC_THRESHOLD = 500;
  static final String FIVE_HUNDRED_OR_MORE = "500 or more";
  static final String FEWER_THAN_500 = "fewer than 500";

  static final String HACKING = "Hacking/IT Incident";
  static final String UNKNOWN = "Unknown";
  /** The portal's lists as public material shows them (docs/legal-sources.md, 'HHS breach portal'). */
  static final List<String> BREACH_TYPES = List.of(HACKING, "Improper Disposal", "Loss", "Theft",
      "Unauthorized Access/Disclosure", UNKNOWN, "Other");
  static final List<String> LOCATIONS = List.of("Desktop Computer", "Electronic Medical Record", "Email", "Laptop",
      "Network Server", "Other Portable Electronic Device", "Paper/Films", "Other");
  static final List<String> PHI_TYPES = List.of("Clinical", "Demographic", "Financial", "Other");
  /**
   * The wizard's general options since 2015; their exact labels are unconfirmed (docs/legal-sources.md,
   * 'HHS breach portal'), so these are the categories in our words, and the officer picks the portal's
   * matching entry.
   */
  static final List<String> SAFEGUARDS = List.of("None", "Privacy Rule safeguards (training, policies and procedures)",
      "Security Rule administrative safeguards", "Security Rule physical safeguards",
      "Security Rule technical safeguards");
  static final List<String> COVERED_ENTITY_TYPES = List.of("Health Plan", "Healthcare Clearinghouse",
      "Healthcare Provider");

  /** Section 1: the practice, from {@link PracticeDetails}; a dental practice is a healthcare provider. */
  public record CoveredEntity(String name, List<String> address, String type, List<String> typeOptions,
      Contact contact) {
  }

  /** Who OCR calls about the report: the privacy officer, the practice's toll-free number and e-mail. */
  public record Contact(String name, String phone, String email) {
  }

  /** Section 2: "Yes" or "No", and why we answered it. */
  public record BusinessAssociate(String present, String note) {
  }

  /**
   * Section 3. Start and end of the breach are not in our records (only when it was discovered), so they
   * stay {@code null} until the officer enters them on the portal.
   */
  public record Breach(LocalDate startDate, LocalDate endDate, LocalDate discoveryDate, int individualsAffected,
      Choice type, Choice location, Choices typeOfPhi, Description description, Choices safeguards) {
  }

  /** One answer from the portal's list: our suggestion ({@code null} when we cannot tell) and why. */
  public record Choice(String suggested, String because, List<String> options) {
  }

  /** An answer where the portal lets several entries be ticked. */
  public record Choices(List<String> suggested, String because, List<String> options) {
  }

  /** The staff's own account of how it happened, and what to check before pasting it. */
  public record Description(String text, String note) {
  }

  /**
   * Section 4, notices: every date as our records hold it.
   *
   * @param individualNoticesSentOn the days notices to individuals went out (HIPAA's and any state's)
   * @param hhsDueDate              when HHS must have the report: with the individual notices for 500 or
   *                                more, else 60 days after the end of the year of discovery (164.408)
   * @param mediaNoticeRequired     a media notice is required and was not set aside with a reason
   */
  public record Notice(List<LocalDate> individualNoticesSentOn, LocalDate hhsDueDate, boolean mediaNoticeRequired,
      List<LocalDate> mediaNoticesSentOn, SubstituteNoticeGiven substituteNotice) {
  }

  /** Whether substitute notice was given (164.404(d)(2)), and each part's dates. */
  public record SubstituteNoticeGiven(boolean given, List<SubstituteNoticePart> parts) {
  }

  public record SubstituteNoticePart(SubstituteNotice.Kind kind, LocalDate startedOn, LocalDate endedOn) {
  }

  /** Section 5: what the person filing attests to, and who may read it afterwards. */
  public record Attestation(String reminder) {
  }
}
