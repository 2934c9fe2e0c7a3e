package org.breachresponse.notification.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.breachresponse.notification.obligation.ExpectedStateDuties.CRAS;
import static org.breachresponse.notification.obligation.ExpectedStateDuties.CRA_ROWS;
import static org.breachresponse.notification.obligation.ExpectedStateDuties.REGULATOR_ROWS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.breachresponse.incident.UsJurisdiction;
import org.breachresponse.notification.obligation.ExpectedStateDuties.Duty;
import org.breachresponse.notification.obligation.ExpectedStateDuties.StateRow;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notification rules of bpmn/decisions, row by row. Every expected value is re-typed from
 * the rules in docs/legal-sources.md ('Who is told and by when' for HIPAA, 'What the state tables decide'
 * and the sources it names for the states; regulators and CRAs in
 * {@link ExpectedStateDuties}), never read from the decision tables themselves.
 */
class NotificationDecisionsTest {

  private static final List<String> FILES =
      List.of("bpmn/decisions/hipaa-notification.dmn", "bpmn/decisions/state-notification-laws.dmn");
  private static final Set<String> RECIPIENTS = Set.of("INDIVIDUALS", "HHS", "MEDIA", "STATE_REGULATOR",
      "CONSUMER_REPORTING_AGENCIES", "COVERED_ENTITY");
  private static final Set<String> DEADLINE_RULES = Set.of("DAYS_AFTER_DISCOVERY", "BUSINESS_DAYS_AFTER_DISCOVERY",
      "DAYS_AFTER_DETERMINATION", "DAYS_AFTER_YEAR_END_OF_DISCOVERY", "WITH_INDIVIDUAL_NOTICE",
      "BEFORE_INDIVIDUAL_NOTICE", "DAYS_AFTER_INDIVIDUAL_NOTICE", "BUSINESS_DAYS_AFTER_INDIVIDUAL_NOTICE",
      "BUSINESS_DAYS_AFTER_HHS_NOTICE", "WITHOUT_UNREASONABLE_DELAY");
  private static final List<String> OBLIGATION_DECISIONS =
      List.of("hipaaObligations", "hipaaMediaNotice", "stateRegulatorNotice", "stateConsumerReportingAgencyNotice");
  private static final String CE = "COVERED_ENTITY";
  private static final String BA = "BUSINESS_ASSOCIATE";

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Map<String, DmnDecision> DECISIONS = parse();


  @ParameterizedTest(name = "{0} ({1} individuals): {2} {4}")
  @CsvSource(delimiter = '|', textBlock = """
      COVERED_ENTITY     | 1   | INDIVIDUALS    | Affected individuals                 | DAYS_AFTER_DISCOVERY             | 60 | 45 CFR 164.404(b)
      COVERED_ENTITY     | 500 | HHS            | Secretary of HHS (OCR breach portal) | WITH_INDIVIDUAL_NOTICE           | 60 | 45 CFR 164.408(b)
      COVERED_ENTITY     | 499 | HHS            | Secretary of HHS (OCR breach portal) | DAYS_AFTER_YEAR_END_OF_DISCOVERY | 60 | 45 CFR 164.408(c)
      BUSINESS_ASSOCIATE | 1   | COVERED_ENTITY | The covered entity                   | DAYS_AFTER_DISCOVERY             | 60 | 45 CFR 164.410(b)
      """)
  void hipaaNamesEachRecipientItsDeadlineAndRule(String entityType, int total, String recipient, String authority,
      String deadlineRule, Integer days, String basis) {
    List<Map<String, Object>> rows =
        evaluate("hipaaObligations", Map.of("entityType", entityType, "totalIndividuals", total));
    assertThat(rows).extracting(r -> r.get("recipient"), r -> r.get("authority"), r -> r.get("deadlineRule"),
            r -> r.get("days"), r -> r.get("basis"), r -> r.get("uncertain"))
        .contains(tuple(recipient, authority, deadlineRule, days, basis, false));
  }

  @Test
  void hhsIsToldWithTheIndividualNoticeFrom500IndividualsAndInTheAnnualLogBelow() {
    assertThat(hhsRules(499)).containsExactly("DAYS_AFTER_YEAR_END_OF_DISCOVERY");
    assertThat(hhsRules(500)).containsExactly("WITH_INDIVIDUAL_NOTICE");
    assertThat(hhsRules(501)).containsExactly("WITH_INDIVIDUAL_NOTICE");
  }

  @Test
  void aBusinessAssociateTellsOnlyTheCoveredEntity() {
    assertThat(evaluate("hipaaObligations", Map.of("entityType", BA, "totalIndividuals", 10_000)))
        .extracting(r -> r.get("recipient")).containsExactly("COVERED_ENTITY");
    assertThat(evaluate("hipaaMediaNotice", Map.of("entityType", BA, "residents", 10_000))).isEmpty();
  }

  @Test
  void mediaAreToldAbove500ResidentsOfOneState() {
    assertThat(evaluate("hipaaMediaNotice", Map.of("entityType", CE, "residents", 500))).isEmpty();
    assertThat(duties("hipaaMediaNotice", Map.of("entityType", CE, "residents", 501))).containsExactly(
        new Duty("MEDIA", "Prominent media outlets serving the state", "DAYS_AFTER_DISCOVERY", 60, false));
    assertThat(evaluate("hipaaMediaNotice", Map.of("entityType", CE, "residents", 501)).get(0).get("basis"))
        .isEqualTo("45 CFR 164.406");
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      AL | DAYS_AFTER_DISCOVERY       | 45 | true
      AK | WITHOUT_UNREASONABLE_DELAY |    | false
      AZ | DAYS_AFTER_DISCOVERY       | 45 | true
      AR | WITHOUT_UNREASONABLE_DELAY |    | true
      CA | DAYS_AFTER_DISCOVERY       | 30 | true
      CO | DAYS_AFTER_DISCOVERY       | 30 | true
      CT | DAYS_AFTER_DISCOVERY       | 60 | true
      DE | DAYS_AFTER_DISCOVERY       | 60 | true
      DC | WITHOUT_UNREASONABLE_DELAY |    | true
      FL | DAYS_AFTER_DISCOVERY       | 30 | true
      GA | WITHOUT_UNREASONABLE_DELAY |    | false
      HI | WITHOUT_UNREASONABLE_DELAY |    | true
      ID | WITHOUT_UNREASONABLE_DELAY |    | false
      IL | WITHOUT_UNREASONABLE_DELAY |    | true
      IN | DAYS_AFTER_DISCOVERY       | 45 | true
      IA | WITHOUT_UNREASONABLE_DELAY |    | true
      KS | WITHOUT_UNREASONABLE_DELAY |    | false
      KY | WITHOUT_UNREASONABLE_DELAY |    | true
      LA | DAYS_AFTER_DISCOVERY       | 60 | false
      ME | DAYS_AFTER_DISCOVERY       | 30 | false
      MD | DAYS_AFTER_DISCOVERY       | 45 | true
      MA | WITHOUT_UNREASONABLE_DELAY |    | false
      MI | WITHOUT_UNREASONABLE_DELAY |    | true
      MN | WITHOUT_UNREASONABLE_DELAY |    | false
      MS | WITHOUT_UNREASONABLE_DELAY |    | false
      MO | WITHOUT_UNREASONABLE_DELAY |    | false
      MT | WITHOUT_UNREASONABLE_DELAY |    | false
      NE | WITHOUT_UNREASONABLE_DELAY |    | false
      NV | WITHOUT_UNREASONABLE_DELAY |    | false
      NH | WITHOUT_UNREASONABLE_DELAY |    | false
      NJ | WITHOUT_UNREASONABLE_DELAY |    | false
      NM | DAYS_AFTER_DISCOVERY       | 45 | true
      NY | DAYS_AFTER_DISCOVERY       | 30 | true
      NC | WITHOUT_UNREASONABLE_DELAY |    | false
      ND | WITHOUT_UNREASONABLE_DELAY |    | true
      OH | DAYS_AFTER_DISCOVERY       | 45 | true
      OK | WITHOUT_UNREASONABLE_DELAY |    | true
      OR | DAYS_AFTER_DISCOVERY       | 45 | true
      PA | WITHOUT_UNREASONABLE_DELAY |    | true
      RI | DAYS_AFTER_DISCOVERY       | 45 | true
      SC | WITHOUT_UNREASONABLE_DELAY |    | false
      SD | DAYS_AFTER_DISCOVERY       | 60 | true
      TN | DAYS_AFTER_DISCOVERY       | 45 | true
      TX | DAYS_AFTER_DISCOVERY       | 60 | false
      UT | WITHOUT_UNREASONABLE_DELAY |    | true
      VT | DAYS_AFTER_DISCOVERY       | 45 | true
      VA | WITHOUT_UNREASONABLE_DELAY |    | true
      WA | DAYS_AFTER_DISCOVERY       | 30 | true
      WV | WITHOUT_UNREASONABLE_DELAY |    | false
      WI | DAYS_AFTER_DISCOVERY       | 45 | true
      WY | WITHOUT_UNREASONABLE_DELAY |    | true
      PR | WITHOUT_UNREASONABLE_DELAY |    | true
      GU | WITHOUT_UNREASONABLE_DELAY |    | true
      VI | WITHOUT_UNREASONABLE_DELAY |    | true
      """)
  void eachJurisdictionGivesResidentsItsOwnDeadline(String jurisdiction, String deadlineRule, Integer days,
      boolean uncertain) {
    Map<String, Object> row = single("stateIndividualNotice", jurisdiction);
    assertThat(row.get("deadlineRule")).isEqualTo(deadlineRule);
    assertThat(row.get("days")).isEqualTo(days);
    assertThat(row.get("uncertain")).isEqualTo(uncertain);
    assertThat((String) row.get("basis")).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(UsJurisdiction.class)
  void encryptedDataIsExemptEverywhereButOnlyUncertainInTheVirginIslands(UsJurisdiction jurisdiction) {
    Map<String, Object> row = single("stateEncryptionSafeHarbor", jurisdiction.name());
    assertThat(row.get("safeHarbor")).isEqualTo(true);
    assertThat(row.get("uncertain")).isEqualTo(jurisdiction == UsJurisdiction.VI);
    assertThat((String) row.get("basis")).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(UsJurisdiction.class)
  void everyJurisdictionHasOneIndividualNoticeRowAndOneSafeHarborRow(UsJurisdiction jurisdiction) {
    assertThat(evaluate("stateIndividualNotice", Map.of("jurisdiction", jurisdiction.name()))).hasSize(1);
    assertThat(evaluate("stateEncryptionSafeHarbor", Map.of("jurisdiction", jurisdiction.name()))).hasSize(1);
  }

  @Test
  void guamAndTheVirginIslandsCiteTheirSummariesForWantOfAStatuteInTheDataSet() {
    assertThat(single("stateIndividualNotice", "GU").get("basis")).asString()
        .startsWith("Guam data breach notification law");
    assertThat(single("stateIndividualNotice", "VI").get("basis")).asString()
        .startsWith("US Virgin Islands data breach notification law");
    assertThat(single("stateIndividualNotice", "TX").get("basis")).asString().contains("521.053");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regulatorRows")
  void eachStateRegulatorIsToldFromItsThresholdOnItsClock(StateRow row) {
    assertStartsAtThreshold("stateRegulatorNotice", row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("craRows")
  void eachStatesCreditBureausAreToldFromItsThreshold(StateRow row) {
    assertStartsAtThreshold("stateConsumerReportingAgencyNotice", row);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(UsJurisdiction.class)
  void aLargeBreachReachesExactlyTheStatesListedAuthorities(UsJurisdiction jurisdiction) {
    for (String entityType : List.of(CE, BA)) {
      Map<String, Object> large = state(jurisdiction.name(), 1_000_000, entityType);
      assertThat(duties("stateRegulatorNotice", large)).as("regulators of %s (%s)", jurisdiction, entityType)
          .containsExactlyInAnyOrderElementsOf(expected(REGULATOR_ROWS, jurisdiction, entityType));
      assertThat(duties("stateConsumerReportingAgencyNotice", large)).as("CRAs of %s (%s)", jurisdiction, entityType)
          .containsExactlyInAnyOrderElementsOf(expected(CRA_ROWS, jurisdiction, entityType));
    }
  }

  @Test
  void texasAttorneyGeneralIsToldFrom250Residents() {
    assertThreshold("stateRegulatorNotice", "TX", "Texas Attorney General", 249, 250);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ND", "OR", "SD"})
  void attorneyGeneralIsToldAbove250Residents(String jurisdiction) {
    assertThreshold("stateRegulatorNotice", jurisdiction, null, 250, 251);
  }

  @Test
  void coloradoAttorneyGeneralIsToldFrom500Residents() {
    assertThreshold("stateRegulatorNotice", "CO", "Colorado Attorney General", 499, 500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE", "IL", "IA"})
  void attorneyGeneralIsToldAbove500Residents(String jurisdiction) {
    assertThreshold("stateRegulatorNotice", jurisdiction, null, 500, 501);
  }

  @Test
  void pennsylvaniaCreditBureausAreToldAbove500Residents() {
    assertThreshold("stateConsumerReportingAgencyNotice", "PA", CRAS, 500, 501);
  }

  @Test
  void alabamaAttorneyGeneralIsToldFrom1000Residents() {
    assertThreshold("stateRegulatorNotice", "AL", "Alabama Attorney General", 999, 1000);
  }

  @Test
  void missouriAttorneyGeneralIsToldAbove1000Residents() {
    assertThreshold("stateRegulatorNotice", "MO", "Missouri Attorney General", 1000, 1001);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AL", "CO", "FL", "NJ", "VA"})
  void creditBureausAreToldAbove1000Residents(String jurisdiction) {
    assertThreshold("stateConsumerReportingAgencyNotice", jurisdiction, CRAS, 1000, 1001);
  }

  @Test
  void newYorkCreditBureausAreToldAbove5000Residents() {
    assertThreshold("stateConsumerReportingAgencyNotice", "NY", CRAS, 5000, 5001);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GA", "TX"})
  void creditBureausAreToldAbove10000Residents(String jurisdiction) {
    assertThreshold("stateConsumerReportingAgencyNotice", jurisdiction, CRAS, 10_000, 10_001);
  }

  @ParameterizedTest
  @ValueSource(strings = {"IL", "NY"})
  void aCoveredEntityTellsTheAttorneyGeneralWithin5BusinessDaysOfTellingHhs(String jurisdiction) {
    assertThat(duties("stateRegulatorNotice", state(jurisdiction, 1, CE)))
        .extracting(Duty::deadlineRule, Duty::days).contains(tuple("BUSINESS_DAYS_AFTER_HHS_NOTICE", 5));
    assertThat(duties("stateRegulatorNotice", state(jurisdiction, 1, BA)))
        .extracting(Duty::deadlineRule).doesNotContain("BUSINESS_DAYS_AFTER_HHS_NOTICE");
  }

  @Test
  void ohioCreditBureauRuleSparesHipaaCoveredEntities() {
    assertThat(evaluate("stateConsumerReportingAgencyNotice", state("OH", 5000, CE))).isEmpty();
    assertThat(evaluate("stateConsumerReportingAgencyNotice", state("OH", 1001, BA))).hasSize(1);
  }

  @Test
  void everyObligationHasTheSameColumnsAndAKnownRecipientAndDeadlineRule() {
    for (DmnModelInstance model : models()) {
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<String> outputs = table.getOutputs().stream().map(o -> o.getName() + ":" + o.getTypeRef()).toList();
        if (OBLIGATION_DECISIONS.contains(decision.getId())) {
          assertThat(outputs).as(decision.getId()).containsExactly("recipient:string", "authority:string",
              "deadlineRule:string", "days:integer", "basis:string", "uncertain:boolean");
          assertThat(column(table, "recipient")).as("recipients of %s", decision.getId()).isSubsetOf(RECIPIENTS);
        }
        if (outputs.contains("deadlineRule:string")) {
          assertThat(column(table, "deadlineRule")).as("deadline rules of %s", decision.getId())
              .isSubsetOf(DEADLINE_RULES);
        }
      }
    }
  }

  @Test
  void everyRowNamesItsSourceAndUncertainRowsSendTheReaderToCounsel() {
    for (DmnModelInstance model : models()) {
      for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
        List<String> uncertain = column(table, "uncertain");
        List<Rule> rules = List.copyOf(table.getRules());
        for (int i = 0; i < rules.size(); i++) {
          Rule rule = rules.get(i);
          String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
          assertThat(description).as("source of %s", rule.getId()).contains("http");
          if (uncertain.get(i).equals("true")) {
            assertThat(description).as("counsel note of %s", rule.getId()).contains("verify with counsel");
          }
        }
      }
    }
  }

  static Stream<StateRow> regulatorRows() {
    return REGULATOR_ROWS.stream();
  }

  static Stream<StateRow> craRows() {
    return CRA_ROWS.stream();
  }

  private static void assertStartsAtThreshold(String decision, StateRow row) {
    for (String entityType : row.entityType().equals("ANY") ? List.of(CE, BA) : List.of(row.entityType())) {
      assertThat(duties(decision, state(row.jurisdiction(), row.firstCounted(), entityType)))
          .as("%s for %s at %d", row, entityType, row.firstCounted()).contains(row.duty());
      assertThat(duties(decision, state(row.jurisdiction(), row.firstCounted() - 1, entityType)))
          .as("%s for %s at %d", row, entityType, row.firstCounted() - 1).doesNotContain(row.duty());
    }
    if (!row.entityType().equals("ANY")) {
      String other = row.entityType().equals(CE) ? BA : CE;
      assertThat(duties(decision, state(row.jurisdiction(), 1_000_000, other))).doesNotContain(row.duty());
    }
  }

  /**
   * No duty towards the authority (any authority when null) at {@code without} residents, one at {@code with};
   * the covered entity's HHS-linked Attorney General notice does not count.
   */
  private static void assertThreshold(String decision, String jurisdiction, String authority, int without, int with) {
    assertThat(countedDuties(decision, jurisdiction, authority, without)).as("%s at %d", jurisdiction, without)
        .isEmpty();
    assertThat(countedDuties(decision, jurisdiction, authority, with)).as("%s at %d", jurisdiction, with)
        .hasSize(1);
  }

  private static List<Duty> countedDuties(String decision, String jurisdiction, String authority, int residents) {
    return duties(decision, state(jurisdiction, residents, CE)).stream()
        .filter(d -> authority == null || d.authority().equals(authority))
        .filter(d -> !d.deadlineRule().equals("BUSINESS_DAYS_AFTER_HHS_NOTICE"))
        .toList();
  }

  private static List<Duty> expected(List<StateRow> rows, UsJurisdiction jurisdiction, String entityType) {
    return rows.stream().filter(r -> r.jurisdiction().equals(jurisdiction.name()))
        .filter(r -> r.entityType().equals("ANY") || r.entityType().equals(entityType))
        .map(StateRow::duty).toList();
  }

  private static List<String> hhsRules(int total) {
    return duties("hipaaObligations", Map.of("entityType", CE, "totalIndividuals", total)).stream()
        .filter(d -> d.recipient().equals("HHS")).map(Duty::deadlineRule).toList();
  }

  private static Map<String, Object> state(String jurisdiction, int residents, String entityType) {
    return Map.of("jurisdiction", jurisdiction, "residents", residents, "entityType", entityType);
  }

  private static Map<String, Object> single(String decision, String jurisdiction) {
    List<Map<String, Object>> rows = evaluate(decision, Map.of("jurisdiction", jurisdiction));
    assertThat(rows).as("%s rows for %s", decision, jurisdiction).hasSize(1);
    return rows.get(0);
  }

  private static List<Duty> duties(String decision, Map<String, Object> variables) {
    return evaluate(decision, variables).stream().map(r -> {
      assertThat((String) r.get("basis")).as("basis in %s", decision).isNotBlank();
      return new Duty((String) r.get("recipient"), (String) r.get("authority"), (String) r.get("deadlineRule"),
          (Integer) r.get("days"), (Boolean) r.get("uncertain"));
    }).toList();
  }

  private static List<Map<String, Object>> evaluate(String decision, Map<String, Object> variables) {
    return ENGINE.evaluateDecisionTable(DECISIONS.get(decision), Variables.fromMap(variables)).getResultList();
  }

  /** The unquoted output entries of one column, rule by rule. */
  private static List<String> column(DecisionTable table, String output) {
    List<Output> outputs = List.copyOf(table.getOutputs());
    int index = outputs.indexOf(outputs.stream().filter(o -> o.getName().equals(output)).findFirst().orElseThrow());
    return table.getRules().stream()
        .map(rule -> List.copyOf(rule.getOutputEntries()).get(index).getTextContent().trim().replace("\"", ""))
        .toList();
  }

  private static Map<String, DmnDecision> parse() {
    Map<String, DmnDecision> decisions = new HashMap<>();
    for (String file : FILES) {
      try (InputStream in = open(file)) {
        ENGINE.parseDecisions(in).forEach(d -> decisions.put(d.getKey(), d));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return decisions;
  }

  private static List<DmnModelInstance> models() {
    return FILES.stream().map(file -> {
      try (InputStream in = open(file)) {
        return Dmn.readModelFromStream(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  private static InputStream open(String resource) {
    InputStream in = NotificationDecisionsTest.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as("%s on the test classpath", resource).isNotNull();
    return in;
  }
}
