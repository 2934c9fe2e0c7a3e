package org.breachresponse.notification.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.breachresponse.incident.UsJurisdiction.FL;
import static org.breachresponse.incident.UsJurisdiction.TX;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.breachresponse.incident.UsJurisdiction;
import org.junit.jupiter.api.Test;

class AffectedIndividualsTest {

  @Test
  void countsEveryoneByStateAndHowTheyCanBeReached() {
    AffectedIndividuals summary = AffectedIndividuals.of(List.of(
        row(TX, "1 Oak St", null, false),
        row(TX, null, "ann@example.com", true),
        row(TX, "2 Oak St", "bob@example.com", true),
        row(FL, null, "cy@example.com", false),
        row(FL, null, null, false)));

    assertThat(summary.total()).isEqualTo(5);
    assertThat(summary.perState()).containsOnly(entry(TX, 3), entry(FL, 2));
    assertThat(summary.reachableByEmail()).isEqualTo(2);
    assertThat(summary.withoutUsableContact()).isEqualTo(2);
  }

  @Test
  void anEmailAddressWithoutConsentIsNoUsableContact() {
    IndividualRow emailOnly = row(TX, null, "ann@example.com", false);

    assertThat(emailOnly.hasUsableContact()).isFalse();
    assertThat(emailOnly.reachableByEmail()).isFalse();
    assertThat(row(TX, "1 Oak St", "ann@example.com", false).hasUsableContact()).isTrue();
  }

  @Test
  void nineWithoutUsableContactAreToldByAlternativeWrittenNoticeTelephoneOrOtherMeans() {
    AffectedIndividuals summary = AffectedIndividuals.of(withoutContact(9, 100));

    assertThat(summary.withoutUsableContact()).isEqualTo(9);
    assertThat(summary.needsSubstituteNotice()).isFalse();
    assertThat(summary.substituteNotice()).isEqualTo(SubstituteNoticeNeed.ALTERNATIVE_MEANS);
  }

  @Test
  void tenWithoutUsableContactNeedWebOrMediaNoticeAndATollFreeNumber() {
    AffectedIndividuals summary = AffectedIndividuals.of(withoutContact(10, 100));

    assertThat(summary.withoutUsableContact()).isEqualTo(10);
    assertThat(summary.needsSubstituteNotice()).isTrue();
    assertThat(summary.substituteNotice()).isEqualTo(SubstituteNoticeNeed.WEB_OR_MEDIA_AND_TOLL_FREE_NUMBER);
  }

  @Test
  void everyoneReachableNeedsNoSubstituteNotice() {
    assertThat(AffectedIndividuals.of(withoutContact(0, 3)).substituteNotice()).isEqualTo(SubstituteNoticeNeed.NOT_NEEDED);
    assertThat(AffectedIndividuals.of(List.of()).substituteNotice()).isEqualTo(SubstituteNoticeNeed.NOT_NEEDED);
  }

  @Test
  void consentToEmailNoticeWithoutAnEmailAddressCannotBeRecorded() {
    assertThatThrownBy(() -> row(TX, "1 Oak St", null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consent to e-mail notice needs an e-mail address");
  }

  @Test
  void importedIndividualsAreCountedLikeTheRowsTheyCameFrom() {
    List<IndividualRow> rows = withoutContact(10, 2);
    // The incident plays no part in counting.
    List<AffectedIndividual> imported = rows.stream()
        .map(row -> new AffectedIndividual(null, row, "privacy.officer", Instant.parse("2026-12-01T15:00:00Z")))
        .toList();

    assertThat(AffectedIndividuals.of(imported)).isEqualTo(AffectedIndividuals.of(rows));
    assertThat(imported.get(0).hasUsableContact()).isFalse();
    assertThat(imported.get(11).reachableByEmail()).isTrue();
  }

  @Test
  void theStateCountsCannotBeChangedAfterwards() {
    AffectedIndividuals summary = AffectedIndividuals.of(List.of(row(TX, "1 Oak St", null, false)));

    assertThatThrownBy(() -> summary.perState().put(FL, 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  /** {@code unreachable} individuals with neither address nor e-mail, then {@code reachable} by agreed e-mail. */
  private static List<IndividualRow> withoutContact(int unreachable, int reachable) {
    List<IndividualRow> rows = new ArrayList<>();
    IntStream.range(0, unreachable).forEach(i -> rows.add(row(TX, null, null, false)));
    IntStream.range(0, reachable).forEach(i -> rows.add(row(FL, null, "p" + i + "@example.com", true)));
    return rows;
  }

  private static IndividualRow row(UsJurisdiction state, String address, String email, boolean consent) {
    return new IndividualRow("Pat Doe", address, state, email, consent, 2);
  }
}
