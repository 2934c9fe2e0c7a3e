package org.breachresponse.notification.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.incident.UsJurisdiction;
import org.junit.jupiter.api.Test;

/**
 * Obligations with their dates, from the real decision tables: how deadlines are counted (calendar and
 * business days, from discovery, determination, the individuals' notice or the year's end) and that the
 * strictest deadline wins per recipient. Expected dates are counted by hand from the rules in
 * docs/legal-sources.md ('Who is told and by when', 'What the state tables decide').
 */
class ObligationRulesTest {

  private static final LocalDate MONDAY_6_APRIL_2026 = LocalDate.of(2026, 4, 6);
  private final ObligationRules rules = new ObligationRules(new StandaloneDecisions());

  @Test
  void aBreachInTexasFloridaAndNewYorkOwesEightNoticesStrictestFirst() {
    List<DerivedObligation> obligations = rules.derive(facts(MONDAY_6_APRIL_2026, null, EntityType.COVERED_ENTITY,
        false, Map.of(UsJurisdiction.TX, 300, UsJurisdiction.FL, 12, UsJurisdiction.NY, 250)));

    assertThat(obligations).extracting(o -> o.recipient() + " " + o.jurisdiction() + " " + o.authority() + " "
        + o.dueDate() + (o.uncertain() ? " ?" : "")).containsExactly(
        // Florida and New York give their residents 30 days, stricter than HIPAA's 60.
        "INDIVIDUALS FL Affected individuals 2026-05-06 ?",
        "INDIVIDUALS NY Affected individuals 2026-05-06 ?",
        // New York's regulators: not later than the residents' notice; the covered entity's later duty
        // (5 business days after HHS, 12 June) loses to it.
        "STATE_REGULATOR NY New York Attorney General 2026-05-06",
        "STATE_REGULATOR NY New York Department of State 2026-05-06",
        "STATE_REGULATOR NY New York Division of State Police 2026-05-06",
        // Texas: 250 or more residents, 30 days from the determination (here the discovery).
        "STATE_REGULATOR TX Texas Attorney General 2026-05-06",
        "INDIVIDUALS US Affected individuals 2026-06-05",
        // 562 in total: HHS now, with the individuals; no state has more than 500, so no media.
        "HHS US Secretary of HHS (OCR breach portal) 2026-06-05");
    assertThat(obligations).filteredOn(o -> o.jurisdiction().equals("US")).extracting(DerivedObligation::basis)
        .containsExactly("45 CFR 164.404(b)", "45 CFR 164.408(b)");
    assertThat(obligations).filteredOn(o -> o.jurisdiction().equals("TX")).singleElement()
        .satisfies(o -> assertThat(o.basis()).contains("521.053"));
  }

  @Test
  void texasCountsItsThirtyDaysFromTheDetermination() {
    List<DerivedObligation> obligations = rules.derive(facts(MONDAY_6_APRIL_2026, LocalDate.of(2026, 4, 20),
        EntityType.COVERED_ENTITY, false, Map.of(UsJurisdiction.TX, 250)));
    assertThat(obligations).filteredOn(o -> o.jurisdiction().equals("TX")).singleElement()
        .satisfies(o -> assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 5, 20)));
  }

  @Test
  void aBusinessAssociateTellsTheCoveredEntityWithinSixtyDaysAndNothingElse() {
    List<DerivedObligation> obligations = rules.derive(facts(MONDAY_6_APRIL_2026, null, EntityType.BUSINESS_ASSOCIATE,
        false, Map.of(UsJurisdiction.TX, 3000, UsJurisdiction.CA, 900)));
    assertThat(obligations).extracting(o -> o.recipient() + " " + o.jurisdiction() + " " + o.dueDate() + " " + o.basis())
        .containsExactly("COVERED_ENTITY US 2026-06-05 45 CFR 164.410(b)");
  }

  @Test
  void securedDataOwesNothingWhereTheSafeHarbourIsCertainAndIsFlaggedWhereItIsNot() {
    List<DerivedObligation> obligations = rules.derive(facts(MONDAY_6_APRIL_2026, null, EntityType.COVERED_ENTITY,
        true, Map.of(UsJurisdiction.TX, 300, UsJurisdiction.VI, 5)));
    assertThat(obligations).isNotEmpty().allSatisfy(o -> {
      assertThat(o.jurisdiction()).isEqualTo("VI");
      assertThat(o.uncertain()).as("the Virgin Islands' safe harbour is unconfirmed").isTrue();
    });
  }

  @Test
  void mediaAreToldForMoreThan500ResidentsOfOneStateNotFor500() {
    assertThat(rules.derive(facts(MONDAY_6_APRIL_2026, null, EntityType.COVERED_ENTITY, false,
        Map.of(UsJurisdiction.CA, 500)))).noneMatch(o -> o.recipient() == Recipient.MEDIA);
    List<DerivedObligation> obligations = rules.derive(facts(MONDAY_6_APRIL_2026, null, EntityType.COVERED_ENTITY,
        false, Map.of(UsJurisdiction.CA, 501)));
    assertThat(obligations).filteredOn(o -> o.recipient() == Recipient.MEDIA).singleElement().satisfies(o -> {
      assertThat(o.jurisdiction()).isEqualTo("CA");
      assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 6, 5));
      assertThat(o.basis()).isEqualTo("45 CFR 164.406");
    });
    // California's AG: within 15 days of notifying residents, who are due in 30 days (SB 446).
    assertThat(obligations).filteredOn(o -> o.recipient() == Recipient.STATE_REGULATOR).singleElement()
        .satisfies(o -> assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 5, 21)));
  }

  @Test
  void fewerThan500GoInTheAnnualLogDueSixtyDaysAfterTheYearEnds() {
    assertThat(hhsDue(LocalDate.of(2026, 8, 1), 499)).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(hhsDue(LocalDate.of(2027, 3, 1), 499)).as("2028 is a leap year").isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(hhsDue(LocalDate.of(2026, 8, 1), 500)).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void vermontCountsFourteenBusinessDaysSkippingWeekendsAndThanksgiving() {
    List<DerivedObligation> obligations = rules.derive(facts(LocalDate.of(2026, 11, 20), null,
        EntityType.COVERED_ENTITY, false, Map.of(UsJurisdiction.VT, 1)));
    assertThat(obligations).filteredOn(o -> o.recipient() == Recipient.STATE_REGULATOR).singleElement()
        .satisfies(o -> assertThat(o.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11)));
  }

  @Test
  void marylandsAttorneyGeneralIsToldTheDayBeforeTheResidents() {
    List<DerivedObligation> obligations = rules.derive(facts(MONDAY_6_APRIL_2026, null, EntityType.COVERED_ENTITY,
        false, Map.of(UsJurisdiction.MD, 1)));
    LocalDate residents = obligations.stream().filter(o -> o.recipient() == Recipient.INDIVIDUALS
        && o.jurisdiction().equals("MD")).findFirst().orElseThrow().dueDate();
    assertThat(residents).isEqualTo(LocalDate.of(2026, 5, 21));
    assertThat(obligations).filteredOn(o -> o.recipient() == Recipient.STATE_REGULATOR).singleElement()
        .satisfies(o -> assertThat(o.dueDate()).isEqualTo(residents.minusDays(1)));
  }

  @Test
  void businessDaysSkipObservedFederalHolidays() {
    // 4 July 2026 is a Saturday, observed on Friday 3 July; 1 January 2028 is a Saturday, observed on 31 December 2027.
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
    assertThat(BusinessDays.after(LocalDate.of(2026, 7, 2), 1)).isEqualTo(LocalDate.of(2026, 7, 6));
    assertThat(BusinessDays.after(LocalDate.of(2026, 6, 18), 1)).as("Juneteenth").isEqualTo(LocalDate.of(2026, 6, 22));
  }

  private LocalDate hhsDue(LocalDate discovered, int individuals) {
    return rules.derive(facts(discovered, null, EntityType.COVERED_ENTITY, false, Map.of(UsJurisdiction.GA, individuals)))
        .stream().filter(o -> o.recipient() == Recipient.HHS).findFirst().orElseThrow().dueDate();
  }

  private static NotificationFacts facts(LocalDate discovered, LocalDate determined, EntityType entity, boolean secured,
      Map<UsJurisdiction, Integer> residents) {
    return new NotificationFacts(discovered, determined, entity, secured, residents, Set.of());
  }
}
