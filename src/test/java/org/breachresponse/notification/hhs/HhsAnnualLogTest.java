package org.breachresponse.notification.hhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.incident.Sign;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SentNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HhsAnnualLogTest {

  private static final PracticeView BRIGHT_SMILES = new PracticeView(HhsCases.PRACTICE, "Bright Smiles Dental, PLLC");

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private final HhsCases cases = new HhsCases();

  @Test
  void logIsDueOnTheFirstOfMarchAfterANormalYear() {
    assertThat(HhsAnnualLog.submissionDueDate(2026)).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void logIsDueOnTheTwentyNinthOfFebruaryInALeapYear() {
    assertThat(HhsAnnualLog.submissionDueDate(2027)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(HhsAnnualLog.of(2019, BRIGHT_SMILES, List.of()).submissionDueDate()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void logHoldsOnlySmallNotifiableBreachesDiscoveredThatYear() {
    Incident small = cases.scoped(LocalDate.of(2026, 3, 2), 499, Set.of(DataType.DENTAL_IMAGES), Sign.MODIFIED_DATA);
    cases.hhsAnnualLog(small);
    HhsCases.sent(cases.required(small, Recipient.INDIVIDUALS, "US", LocalDate.of(2026, 5, 1)),
        LocalDate.of(2026, 4, 20), 0);
    // 500 or more, discovered in December: HHS is due in January, after the year ends, yet not in the log.
    Incident large = cases.scoped(LocalDate.of(2026, 11, 30), 500, Set.of(DataType.NAMES), Sign.OTHER);
    cases.required(large, Recipient.HHS, "US", LocalDate.of(2027, 1, 29));
    Incident lastYear = cases.scoped(LocalDate.of(2025, 6, 1), 20, Set.of(DataType.NAMES), Sign.OTHER);
    cases.hhsAnnualLog(lastYear);
    // Found not to be a breach: the rules required no notice to HHS.
    Incident notABreach = cases.scoped(LocalDate.of(2026, 2, 1), 20, Set.of(DataType.NAMES), Sign.OTHER);

    HhsAnnualLog log = HhsAnnualLog.of(2026, BRIGHT_SMILES, List.of(candidate(small), candidate(large), candidate(lastYear),
        candidate(notABreach)));

    assertThat(log.year()).isEqualTo(2026);
    assertThat(log.coveredEntity()).isEqualTo(BRIGHT_SMILES);
    assertThat(log.breaches()).singleElement().satisfies(entry -> {
      assertThat(entry.reference()).isEqualTo(small.reference());
      assertThat(entry.discoveryDate()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(entry.individualsAffected()).isEqualTo(499);
      assertThat(entry.breachStartDate()).isNull();
      assertThat(entry.suggestedTypeOfBreach()).isEqualTo("Hacking/IT Incident");
      assertThat(entry.typeOfPhi()).containsExactly("Clinical");
      assertThat(entry.individualNoticesSentOn()).containsExactly(LocalDate.of(2026, 4, 20));
      assertThat(entry.hhsStatus()).isEqualTo(ObligationStatus.PLANNED);
      assertThat(entry.hhsTransaction()).isNull();
      assertThat(entry.actionsTaken()).isEqualTo("No containment is recorded yet.");
    });
  }

  @Test
  void aBreachAlreadyFiledShowsItsTransaction() {
    Incident filed = cases.scoped(LocalDate.of(2026, 3, 2), 30, Set.of(DataType.NAMES), Sign.OTHER);
    cases.hhsAnnualLog(filed).markSent(new SentNotice(LocalDate.of(2026, 6, 1), "OCR breach portal", "T-20260601-17",
        null), "dana", HhsCases.AT);

    HhsAnnualLog.Entry entry = HhsAnnualLog.of(2026, BRIGHT_SMILES, List.of(candidate(filed))).breaches().get(0);

    assertThat(entry.hhsStatus()).isEqualTo(ObligationStatus.SENT);
    assertThat(entry.hhsReportedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(entry.hhsTransaction()).isEqualTo("T-20260601-17");
  }

  @Test
  void eachPracticesLogListsOnlyItsOwnBreaches() {
    Incident ours = cases.scoped(LocalDate.of(2026, 3, 2), 30, Set.of(DataType.NAMES), Sign.OTHER);
    cases.hhsAnnualLog(ours);
    Incident theirs = cases.scoped("lakeside", LocalDate.of(2026, 4, 9), 40, Set.of(DataType.NAMES), Sign.OTHER);
    cases.hhsAnnualLog(theirs);
    List<HhsAnnualLog.Candidate> both = List.of(candidate(ours), candidate(theirs));
    PracticeView lakeside = new PracticeView("lakeside", "Lakeside Family Dentistry, LLC");

    assertThat(HhsAnnualLog.of(2026, BRIGHT_SMILES, both).breaches()).extracting(HhsAnnualLog.Entry::reference)
        .containsExactly(ours.reference());
    HhsAnnualLog theirLog = HhsAnnualLog.of(2026, lakeside, both);
    assertThat(theirLog.breaches()).extracting(HhsAnnualLog.Entry::reference).containsExactly(theirs.reference());
    assertThat(theirLog.coveredEntity().name()).isEqualTo("Lakeside Family Dentistry, LLC");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "2008", "2028", "twenty", "26"})
  void aMissingOrImpossibleYearIsRefusedNamingTheField(String year) {
    assertThatThrownBy(() -> HhsAnnualLog.year(year, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
          assertThat(error.field()).isEqualTo("year");
          assertThat(error.message()).contains("2009", "2027");
        }));
  }

  @Test
  void yearsFromTheRulesFirstToNextYearAreAccepted() {
    assertThat(HhsAnnualLog.year("2009", TODAY)).isEqualTo(2009);
    assertThat(HhsAnnualLog.year(" 2027 ", TODAY)).isEqualTo(2027);
  }

  private HhsAnnualLog.Candidate candidate(Incident incident) {
    return new HhsAnnualLog.Candidate(incident, cases.records.obligations(incident.reference()), List.of(),
        ActionsTaken.of(incident, Optional.empty()));
  }
}
