package org.breachresponse.notification.hhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.breachresponse.api.JsonSettings;
import org.breachresponse.containment.ContainmentSection.ContainmentView;
import org.breachresponse.containment.ContainmentSection.Progress;
import org.breachresponse.containment.ContainmentSection.ReviewView;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.Sign;
import org.breachresponse.notification.individual.Addressee;
import org.breachresponse.notification.individual.AffectedIndividual;
import org.breachresponse.notification.individual.IndividualRow;
import org.breachresponse.notification.individual.LetterRecipient;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.process.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HhsWorksheetsTest {

  private static final LocalDate DISCOVERED = LocalDate.of(2026, 3, 2);

  private final HhsCases cases = new HhsCases();

  @Test
  void fiveHundredIndividualsAreReportedAsFiveHundredOrMoreAndFourHundredNinetyNineAsFewer() {
    assertThat(worksheet(cases.scoped(DISCOVERED, 499, Set.of(DataType.NAMES), Sign.OTHER)).breachAffecting())
        .isEqualTo("fewer than 500");
    HhsWorksheet large = worksheet(cases.scoped(DISCOVERED, 500, Set.of(DataType.NAMES), Sign.OTHER));
    assertThat(large.breachAffecting()).isEqualTo("500 or more");
    assertThat(large.breach().individualsAffected()).isEqualTo(500);
    assertThat(large.reportType()).isEqualTo("Initial");
  }

  @ParameterizedTest
  @EnumSource(value = Sign.class,
      names = {"UNUSUAL_NETWORK_ACTIVITY", "STRANGE_MESSAGES_TO_USERS", "MODIFIED_DATA", "UNEXPECTED_PASSWORD_CHANGES"})
  void signsOfAnIntruderSuggestAHackingIncident(Sign sign) {
    HhsWorksheet.Choice type = worksheet(cases.scoped(DISCOVERED, 12, Set.of(DataType.NAMES), sign, Sign.OTHER))
        .breach().type();

    assertThat(type.suggested()).isEqualTo("Hacking/IT Incident");
    assertThat(type.because()).contains(sign.name());
    assertThat(type.options()).contains("Hacking/IT Incident", "Theft", "Loss", "Unknown", "Other");
  }

  @Test
  void crashesAndOtherSignsSuggestUnknownAndAskTheOfficerToChoose() {
    HhsWorksheet worksheet = worksheet(cases.scoped(DISCOVERED, 12, Set.of(DataType.NAMES),
        Sign.REPEATED_SYSTEM_CRASHES, Sign.OTHER));

    assertThat(worksheet.breach().type().suggested()).isEqualTo("Unknown");
    assertThat(worksheet.toComplete()).anyMatch(s -> s.startsWith("Type of breach: choose one"));
  }

  @Test
  void dataTypesAreReportedInTheLogsPhiCategoriesWithoutSuggestingALocation() {
    HhsWorksheet.Breach breach = worksheet(cases.scoped(DISCOVERED, 12, Set.of(DataType.DENTAL_IMAGES,
        DataType.SOCIAL_SECURITY_NUMBERS, DataType.INSURANCE_IDS, DataType.NAMES), Sign.OTHER)).breach();

    assertThat(breach.typeOfPhi().suggested()).containsExactly("Clinical", "Demographic", "Financial");
    assertThat(breach.typeOfPhi().options()).containsExactly("Clinical", "Demographic", "Financial", "Other");
    assertThat(HhsWorksheets.phiCategory(DataType.DIAGNOSES_AND_TREATMENT)).isEqualTo("Clinical");
    assertThat(HhsWorksheets.phiCategory(DataType.DATES_OF_BIRTH)).isEqualTo("Demographic");
    assertThat(HhsWorksheets.phiCategory(DataType.PAYMENT_CARDS)).isEqualTo("Financial");
    assertThat(breach.location().suggested()).isNull();
    assertThat(breach.location().because()).contains("fd-pc-01");
    assertThat(breach.safeguards().suggested()).isEmpty();
  }

  @Test
  void noticeDatesComeFromTheNoticesRecordedAsSent() {
    Incident incident = cases.scoped(DISCOVERED, 520, Set.of(DataType.NAMES), Sign.OTHER);
    HhsCases.sent(cases.required(incident, Recipient.INDIVIDUALS, "US", DISCOVERED.plusDays(60)),
        LocalDate.of(2026, 4, 20), 0);
    cases.required(incident, Recipient.INDIVIDUALS, "CO", DISCOVERED.plusDays(30));
    cases.required(incident, Recipient.HHS, "US", DISCOVERED.plusDays(60));
    HhsCases.sent(cases.required(incident, Recipient.MEDIA, "IL", DISCOVERED.plusDays(60)),
        LocalDate.of(2026, 4, 21), null);

    HhsWorksheet.Notice notice = worksheet(incident).notice();

    assertThat(notice.individualNoticesSentOn()).containsExactly(LocalDate.of(2026, 4, 20));
    assertThat(notice.hhsDueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(notice.mediaNoticeRequired()).isTrue();
    assertThat(notice.mediaNoticesSentOn()).containsExactly(LocalDate.of(2026, 4, 21));
    assertThat(notice.substituteNotice().given()).isFalse();
  }

  @Test
  void substituteNoticeIsReportedWithTheDayItStarted() {
    Incident incident = cases.scoped(DISCOVERED, 40, Set.of(DataType.NAMES), Sign.OTHER);
    NotificationObligation individuals = cases.required(incident, Recipient.INDIVIDUALS, "US", DISCOVERED.plusDays(60));
    HhsCases.sent(individuals, LocalDate.of(2026, 4, 20), 12);
    cases.hhsAnnualLog(incident);

    HhsWorksheet worksheet = cases.worksheet(incident,
        cases.substituteNotice(individuals, LocalDate.of(2026, 4, 27)));

    assertThat(worksheet.notice().substituteNotice().given()).isTrue();
    assertThat(worksheet.notice().substituteNotice().parts())
        .extracting(HhsWorksheet.SubstituteNoticePart::kind, HhsWorksheet.SubstituteNoticePart::startedOn)
        .containsExactly(
            tuple(SubstituteNotice.Kind.WEB_POSTING, LocalDate.of(2026, 4, 27)),
            tuple(SubstituteNotice.Kind.TOLL_FREE_NUMBER, LocalDate.of(2026, 4, 27)));
    assertThat(worksheet.notice().hhsDueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void unknownBreachDatesAreLeftEmptyAndNamedForTheOfficer() {
    HhsWorksheet worksheet = worksheet(cases.scoped(DISCOVERED, 12, Set.of(DataType.NAMES), Sign.OTHER));

    assertThat(worksheet.breach().startDate()).isNull();
    assertThat(worksheet.breach().endDate()).isNull();
    assertThat(worksheet.breach().discoveryDate()).isEqualTo(DISCOVERED);
    assertThat(worksheet.toComplete()).anyMatch(s -> s.startsWith("Breach start date"))
        .anyMatch(s -> s.startsWith("Breach end date"))
        .anyMatch(s -> s.startsWith("Location of breached information"))
        .anyMatch(s -> s.startsWith("Safeguards in place"))
        .anyMatch(s -> s.startsWith("Notice to HHS: none is on record"))
        .anyMatch(s -> s.startsWith("Breach determination: no risk assessment"));
  }

  @Test
  void anIncidentAlreadyReportedToHhsAsksForAnAddendum() {
    Incident incident = cases.scoped(DISCOVERED, 12, Set.of(DataType.NAMES), Sign.OTHER);
    HhsCases.sent(cases.hhsAnnualLog(incident), LocalDate.of(2026, 6, 1), null);

    assertThat(worksheet(incident).toComplete()).anyMatch(s -> s.contains("addendum"));
  }

  @Test
  void thePracticeIsTheCoveredEntityReachedThroughItsPrivacyOfficer() {
    HhsWorksheet worksheet = worksheet(cases.scoped(DISCOVERED, 12, Set.of(DataType.NAMES), Sign.OTHER));

    assertThat(worksheet.coveredEntity().name()).isEqualTo("Smile Dental Care, P.C.");
    assertThat(worksheet.coveredEntity().address()).containsExactly("12 Main Street", "Suite 3", "Springfield, IL 62701");
    assertThat(worksheet.coveredEntity().type()).isEqualTo("Healthcare Provider");
    assertThat(worksheet.coveredEntity().contact()).isEqualTo(new HhsWorksheet.Contact("Dana Reyes, Privacy Officer",
        "1-800-555-0100", "privacy@smile-dental.example"));
    assertThat(worksheet.businessAssociate().present()).isEqualTo("No");
    assertThat(worksheet.attestation().reminder()).contains("posted publicly", "Freedom of Information Act");
    assertThat(worksheet.breach().description().text()).isEqualTo("A phishing e-mail opened at the front desk");
  }

  @Test
  void theWorksheetCarriesNoAffectedIndividualsNameOrContact() throws Exception {
    Incident incident = cases.scoped(DISCOVERED, 40, Set.of(DataType.NAMES), Sign.MODIFIED_DATA);
    NotificationObligation individuals = cases.required(incident, Recipient.INDIVIDUALS, "US", DISCOVERED.plusDays(60));
    HhsCases.sent(individuals, LocalDate.of(2026, 4, 20), 12);
    HhsWorksheet worksheet = cases.worksheet(incident, cases.substituteNotice(individuals, LocalDate.of(2026, 4, 27)));

    String json = new JsonSettings().getContext(ObjectMapper.class).writeValueAsString(worksheet);

    assertThat(json).doesNotContain(HhsCases.PATIENT).contains("\"breachAffecting\":\"fewer than 500\"");
    assertThat(typesIn(HhsWorksheet.class, new HashSet<>()))
        .doesNotContain(AffectedIndividual.class, Addressee.class, LetterRecipient.class, IndividualRow.class);
  }

  @Test
  void actionsTakenCountIsolatedMachinesResetAccountsAndSayWhetherTheThreatIsGone() {
    Incident incident = cases.scoped(DISCOVERED, 12, Set.of(DataType.NAMES), Sign.OTHER);
    ContainmentView containment = new ContainmentView(new Progress(3, 2, 1, 0, 0, 0, "2 of 3 machines isolated"),
        new Progress(1, 1, 0, 0, 0, 0, "1 of 1 accounts reset"), List.of(), List.of(),
        new ReviewView(true, true, false, "VPN closed", "it-responder", HhsCases.AT), List.of());

    ActionsTaken underWay = ActionsTaken.of(incident, Optional.of(containment));
    cases.incidents.phaseStarted(incident.reference(), Phase.RECOVER);
    ActionsTaken done = ActionsTaken.of(incident, Optional.of(containment));

    assertThat(underWay.summary()).isEqualTo("Isolated 2 of 3 affected machines and reset 1 of 1 compromised accounts;"
        + " revoked remote access; removing the threat is still under way.");
    assertThat(done.threatRemoved()).isTrue();
    assertThat(done.summary()).endsWith("; the threat was removed.");
  }

  private HhsWorksheet worksheet(Incident incident) {
    return cases.worksheet(incident, List.of());
  }

  /** Every type the record tree can hold, through lists. */
  private static Set<Type> typesIn(Type type, Set<Type> seen) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        typesIn(argument, seen);
      }
    } else if (seen.add(type) && type instanceof Class<?> record && record.isRecord()) {
      for (RecordComponent component : record.getRecordComponents()) {
        typesIn(component.getGenericType(), seen);
      }
    }
    return seen;
  }
}
