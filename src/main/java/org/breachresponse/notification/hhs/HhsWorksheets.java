package org.breachresponse.notification.hhs;

import static org.breachresponse.notification.hhs.HhsWorksheet.PUBLIC_THRESHOLD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.breachresponse.assessment.RiskAssessment;
import org.breachresponse.incident.AffectedMachine;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.Sign;
import org.breachresponse.notification.individual.PracticeDetails;
import org.breachresponse.notification.obligation.DerivedObligation;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SubstituteNotice;

/**
 * Fills in the {@link HhsWorksheet} from an incident, its current risk assessment, its notices and the
 * practice's details (docs/legal-sources.md, 'HHS breach portal'), without a database, so every answer is tested
 * on its own. It suggests only what the records support: a hacking incident when staff saw the signs of one, the
 * categories of PHI the scope names; everything else it leaves to the privacy officer, saying so.
 *
 * <p>Type of PHI uses the categories of the recommended breach log (same section): <b>clinical</b> for
 * {@code DIAGNOSES_AND_TREATMENT} and {@code DENTAL_IMAGES}; <b>demographic</b> for {@code NAMES},
 * {@code ADDRESSES}, {@code DATES_OF_BIRTH} and {@code SOCIAL_SECURITY_NUMBERS}; <b>financial</b> for
 * {@code PAYMENT_CARDS} and {@code INSURANCE_IDS}. "Other" is never suggested: our data types all fit.
 */
final class HhsWorksheets {

  static final String INITIAL = "Initial";

  /** Signs the practice's checklist attributes to an intruder rather than to a lost device or a mistake. */
  private static final Set<Sign> HACKING_SIGNS = EnumSet.of(Sign.UNUSUAL_NETWORK_ACTIVITY,
      Sign.STRANGE_MESSAGES_TO_USERS, Sign.MODIFIED_DATA, Sign.UNEXPECTED_PASSWORD_CHANGES);

  private static final HhsWorksheet.BusinessAssociate NO_BUSINESS_ASSOCIATE = new HhsWorksheet.BusinessAssociate("No",
      "The practice runs this response as the covered entity and our records name no business associate;"
      + " answer Yes, with its details, if one was involved in the breach.");

  private static final String DESCRIPTION_NOTE = "For breaches affecting 500 or more individuals OCR posts this"
      + " text publicly, and it must never name a patient. These are the staff's words from the scope: edit them"
      + " before pasting.";

  private static final String ATTESTATION = "Reports of breaches affecting 500 or more individuals are posted"
      + " publicly on OCR's breach portal, and any report may be released under the Freedom of Information Act:"
      + " nothing in it may identify a patient.";

  private HhsWorksheets() {
  }

  static HhsWorksheet build(Incident incident, Optional<RiskAssessment> assessment,
      List<NotificationObligation> obligations, List<SubstituteNotice> substituteNotices, PracticeDetails practice,
      ActionsTaken actions) {
    List<String> toComplete = new ArrayList<>();
    String determination = determination(assessment, toComplete);
    hhsObligation(obligations).filter(o -> o.status() == ObligationStatus.SENT).ifPresent(o -> toComplete.add(
        "Report type: HHS was already told on " + o.sentOn() + " (" + o.proof() + "); file what is new as an"
        + " addendum to that report, not as a second initial report."));
    toComplete.add("Business associate: answered No; change it if a business associate was involved.");
    HhsWorksheet.Breach breach = breach(incident, toComplete);
    HhsWorksheet.Notice notice = notice(obligations, substituteNotices, toComplete);
    toComplete.add("Actions taken: tick the portal's options that apply; the summary can serve as the free text.");
    toComplete.add("Attestation: read the portal's attestation and enter the name of the person filing.");
    return new HhsWorksheet(incident.reference(), breachAffecting(incident.totalIndividuals()), INITIAL,
        determination, coveredEntity(practice), NO_BUSINESS_ASSOCIATE, breach, notice, actions,
        new HhsWorksheet.Attestation(ATTESTATION), List.copyOf(toComplete));
  }

  static String breachAffecting(int individuals) {
    return individuals >= PUBLIC_THRESHOLD ? HhsWorksheet.FIVE_HUNDRED_OR_MORE : HhsWorksheet.FEWER_THAN_500;
  }

  static HhsWorksheet.Choice breachType(Set<Sign> signs) {
    List<Sign> hacking = signs.stream().filter(HACKING_SIGNS::contains).sorted().toList();
    if (hacking.isEmpty()) {
      return new HhsWorksheet.Choice(HhsWorksheet.UNKNOWN, "No sign reported points to a type of breach.",
          HhsWorksheet.BREACH_TYPES);
    }
    return new HhsWorksheet.Choice(HhsWorksheet.HACKING, "Signs reported: " + join(hacking) + ".",
        HhsWorksheet.BREACH_TYPES);
  }

  static HhsWorksheet.Choices typeOfPhi(Set<DataType> dataTypes) {
    List<String> categories = dataTypes.stream().map(HhsWorksheets::phiCategory).distinct()
        .sorted(Comparator.comparing(HhsWorksheet.PHI_TYPES::indexOf)).toList();
    String because = dataTypes.isEmpty() ? "No data types are recorded in the scope."
        : "Data types in the scope: " + join(dataTypes.stream().sorted().toList()) + ".";
    return new HhsWorksheet.Choices(categories, because, HhsWorksheet.PHI_TYPES);
  }

  /** An exhaustive switch: a new data type does not compile until it is given a category. */
  static String phiCategory(DataType type) {
    return switch (type) {
      case DIAGNOSES_AND_TREATMENT, DENTAL_IMAGES -> "Clinical";
      case NAMES, ADDRESSES, DATES_OF_BIRTH, SOCIAL_SECURITY_NUMBERS -> "Demographic";
      case PAYMENT_CARDS, INSURANCE_IDS -> "Financial";
    };
  }

  /** The federal notice to HHS; a state never asks for one under the HIPAA recipient HHS. */
  static Optional<NotificationObligation> hhsObligation(List<NotificationObligation> obligations) {
    return obligations.stream().filter(o -> o.recipient() == Recipient.HHS)
        .filter(o -> DerivedObligation.FEDERAL.equals(o.jurisdiction())).findFirst();
  }

  static List<LocalDate> sentOn(List<NotificationObligation> obligations, Recipient recipient) {
    return obligations.stream().filter(o -> o.recipient() == recipient && o.status() == ObligationStatus.SENT)
        .map(NotificationObligation::sentOn).distinct().sorted().toList();
  }

  static HhsWorksheet.SubstituteNoticeGiven substituteNotice(List<SubstituteNotice> notices) {
    return new HhsWorksheet.SubstituteNoticeGiven(!notices.isEmpty(), notices.stream()
        .map(s -> new HhsWorksheet.SubstituteNoticePart(s.kind(), s.startedOn(), s.endedOn())).toList());
  }

  private static String determination(Optional<RiskAssessment> assessment, List<String> toComplete) {
    if (assessment.isEmpty()) {
      toComplete.add("Breach determination: no risk assessment is recorded; complete it first, as only a"
          + " notifiable breach is reported.");
      return null;
    }
    RiskAssessment current = assessment.get();
    if (!current.outcome().notifiable()) {
      toComplete.add("Breach determination: the current risk assessment found " + current.outcome()
          + ", so no report to HHS is due unless it is revised.");
    }
    return current.outcome() + " (assessed " + current.assessedAt() + " by " + current.assessedBy() + ")";
  }

  private static HhsWorksheet.CoveredEntity coveredEntity(PracticeDetails practice) {
    return new HhsWorksheet.CoveredEntity(practice.legalName(), practice.postalAddressLines(),
        "Healthcare Provider", HhsWorksheet.COVERED_ENTITY_TYPES,
        new HhsWorksheet.Contact(practice.privacyOfficer(), practice.tollFreeNumber(), practice.email()));
  }

  private static HhsWorksheet.Breach breach(Incident incident, List<String> toComplete) {
    toComplete.add("Breach start date: not in our records; enter the day the breach began.");
    toComplete.add("Breach end date: not in our records; enter the day the breach ended.");
    toComplete.add("Discovery dates: the portal asks for a start and an end; our record has one discovery date, "
        + incident.discoveryDate() + ".");
    if (incident.scopedAt() == null) {
      toComplete.add("Individuals affected: the incident is not scoped yet, so there is no count to report.");
    }
    HhsWorksheet.Choice type = breachType(incident.signs());
    toComplete.add(HhsWorksheet.UNKNOWN.equals(type.suggested())
        ? "Type of breach: choose one; the signs reported point to none, so Unknown is suggested."
        : "Type of breach: confirm " + type.suggested() + " or choose another.");
    List<String> machines = incident.affectedMachines().stream().map(AffectedMachine::hostname).toList();
    HhsWorksheet.Choice location = new HhsWorksheet.Choice(null, machines.isEmpty()
        ? "No affected machines are recorded." : "Affected machines: " + String.join(", ", machines) + ".",
        HhsWorksheet.LOCATIONS);
    toComplete.add("Location of breached information: choose every place the PHI was kept; our records do not say.");
    HhsWorksheet.Choices phi = typeOfPhi(incident.dataTypes());
    toComplete.add(phi.suggested().isEmpty() ? "Type of PHI: no data types are recorded in the scope; choose them."
        : "Type of PHI: confirm " + String.join(", ", phi.suggested()) + ", adding Other for PHI outside them.");
    toComplete.add(incident.howItHappened() == null
        ? "Description: how it happened is not recorded yet; write it without naming any patient."
        : "Description: review the staff's words before pasting; remove anything that identifies a person.");
    toComplete.add("Safeguards in place before the breach: choose those that applied.");
    return new HhsWorksheet.Breach(null, null, incident.discoveryDate(), incident.totalIndividuals(), type, location,
        phi, new HhsWorksheet.Description(incident.howItHappened(), DESCRIPTION_NOTE),
        new HhsWorksheet.Choices(List.of(), "Our records do not hold the safeguards.", HhsWorksheet.SAFEGUARDS));
  }

  private static HhsWorksheet.Notice notice(List<NotificationObligation> obligations,
      List<SubstituteNotice> substituteNotices, List<String> toComplete) {
    Optional<NotificationObligation> hhs = hhsObligation(obligations);
    if (hhs.isEmpty()) {
      toComplete.add("Notice to HHS: none is on record for this incident; confirm that HHS must be told.");
    }
    List<LocalDate> individuals = sentOn(obligations, Recipient.INDIVIDUALS);
    if (individuals.isEmpty()) {
      toComplete.add("Individual notices: none is recorded as sent yet; enter their dates once they are sent.");
    }
    boolean mediaRequired = obligations.stream().anyMatch(o -> o.recipient() == Recipient.MEDIA
        && o.requiredByLaw() && o.status() != ObligationStatus.NOT_SENT);
    List<LocalDate> media = sentOn(obligations, Recipient.MEDIA);
    if (mediaRequired && media.isEmpty()) {
      toComplete.add("Media notice: required, and not recorded as sent yet.");
    }
    return new HhsWorksheet.Notice(individuals, hhs.map(NotificationObligation::dueDate).orElse(null),
        mediaRequired, media, substituteNotice(substituteNotices));
  }

  private static String join(Collection<? extends Enum<?>> values) {
    return String.join(", ", values.stream().map(Enum::name).toList());
  }
}
