package org.breachresponse.notification.obligation;

import java.util.Arrays;
import java.util.List;

/**
 * The regulator and consumer-reporting-agency duties of the state laws (docs/legal-sources.md, 'What the
 * state tables decide', from the Foley & Lardner chart and the corrections listed there), re-typed
 * row by row as the decision tests expect them; kept apart from the tests so each reads on one screen.
 */
final class ExpectedStateDuties {

  static final String CRAS = "Nationwide consumer reporting agencies";

  /** Who is told and on which clock; the legal basis is checked for presence only. */
  record Duty(String recipient, String authority, String deadlineRule, Integer days, boolean uncertain) {
  }

  /** One state's regulator or CRA duty (docs/legal-sources.md, 'What the state tables decide'). */
  record StateRow(String jurisdiction, String threshold, String entityType, Duty duty) {
    int firstCounted() {
      int n = Integer.parseInt(threshold.replaceAll("[^0-9]", ""));
      return threshold.startsWith(">=") ? n : n + 1;
    }

    @Override
    public String toString() {
      return jurisdiction + ": " + duty.authority() + " from " + threshold + " residents, " + duty.deadlineRule()
          + (duty.days() == null ? "" : " " + duty.days()) + (entityType.equals("ANY") ? "" : " (" + entityType + ")");
    }
  }

  // Regulator duties: jurisdiction | threshold | entity type | authority | deadline rule | days | uncertain
  static final List<StateRow> REGULATOR_ROWS = parseRegulatorRows("""
      AL | >= 1000 | ANY | Alabama Attorney General | DAYS_AFTER_DISCOVERY | 45 | false
      AZ | >= 1000 | ANY | Arizona Attorney General | DAYS_AFTER_DISCOVERY | 45 | false
      AZ | >= 1000 | ANY | Director of the Arizona Department of Homeland Security | DAYS_AFTER_DISCOVERY | 45 | false
      AR | >= 1000 | ANY | Arkansas Attorney General | DAYS_AFTER_DETERMINATION | 45 | false
      CA | > 500 | ANY | California Attorney General | DAYS_AFTER_INDIVIDUAL_NOTICE | 15 | false
      CO | >= 500 | ANY | Colorado Attorney General | DAYS_AFTER_DISCOVERY | 30 | false
      CT | >= 1 | ANY | Connecticut Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      DE | > 500 | ANY | Delaware Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      DC | >= 50 | ANY | District of Columbia Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      FL | >= 500 | ANY | Florida Department of Legal Affairs | DAYS_AFTER_DISCOVERY | 30 | false
      HI | > 1000 | ANY | Hawaii Office of Consumer Protection | WITH_INDIVIDUAL_NOTICE | | false
      IL | > 500 | ANY | Illinois Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      IL | >= 1 | COVERED_ENTITY | Illinois Attorney General | BUSINESS_DAYS_AFTER_HHS_NOTICE | 5 | false
      IN | >= 1 | ANY | Indiana Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      IA | > 500 | ANY | Iowa Attorney General Consumer Protection Division | BUSINESS_DAYS_AFTER_INDIVIDUAL_NOTICE | 5 | false
      LA | >= 1 | ANY | Louisiana Attorney General Consumer Protection Section | DAYS_AFTER_INDIVIDUAL_NOTICE | 10 | false
      ME | >= 1 | ANY | Maine Attorney General (or Department of Professional and Financial Regulation for entities it regulates) | WITH_INDIVIDUAL_NOTICE | | false
      MD | >= 1 | ANY | Maryland Attorney General | BEFORE_INDIVIDUAL_NOTICE | | false
      MA | >= 1 | ANY | Massachusetts Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      MA | >= 1 | ANY | Massachusetts Director of Consumer Affairs and Business Regulation | WITH_INDIVIDUAL_NOTICE | | false
      MO | > 1000 | ANY | Missouri Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      MT | >= 1 | ANY | Montana Attorney General Office of Consumer Protection | WITH_INDIVIDUAL_NOTICE | | false
      NE | >= 1 | ANY | Nebraska Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      NH | >= 1 | ANY | New Hampshire Attorney General (or primary regulator) | WITH_INDIVIDUAL_NOTICE | | false
      NJ | >= 1 | ANY | New Jersey Division of State Police | BEFORE_INDIVIDUAL_NOTICE | | false
      NM | > 1000 | ANY | New Mexico Attorney General | DAYS_AFTER_DISCOVERY | 45 | false
      NY | >= 1 | ANY | New York Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      NY | >= 1 | ANY | New York Department of State | WITH_INDIVIDUAL_NOTICE | | false
      NY | >= 1 | ANY | New York Division of State Police | WITH_INDIVIDUAL_NOTICE | | false
      NY | >= 1 | COVERED_ENTITY | New York Attorney General | BUSINESS_DAYS_AFTER_HHS_NOTICE | 5 | true
      NC | >= 1 | ANY | North Carolina Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      ND | > 250 | ANY | North Dakota Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      OK | > 500 | ANY | Oklahoma Attorney General | DAYS_AFTER_INDIVIDUAL_NOTICE | 60 | true
      OR | > 250 | ANY | Oregon Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      PA | > 500 | ANY | Pennsylvania Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      RI | > 500 | ANY | Rhode Island Attorney General | DAYS_AFTER_DISCOVERY | 45 | false
      SC | > 1000 | ANY | South Carolina Department of Consumer Affairs | WITH_INDIVIDUAL_NOTICE | | false
      SD | > 250 | ANY | South Dakota Attorney General | DAYS_AFTER_DISCOVERY | 60 | false
      TX | >= 250 | ANY | Texas Attorney General | DAYS_AFTER_DETERMINATION | 30 | false
      UT | >= 500 | ANY | Utah Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      UT | >= 500 | ANY | Utah Cyber Center | WITH_INDIVIDUAL_NOTICE | | false
      VT | >= 1 | ANY | Vermont Attorney General | BUSINESS_DAYS_AFTER_DISCOVERY | 14 | false
      VA | >= 1 | ANY | Virginia Attorney General | WITH_INDIVIDUAL_NOTICE | | false
      VA | > 1000 | ANY | Virginia Attorney General (timing, distribution and content of the notices) | WITH_INDIVIDUAL_NOTICE | | false
      WA | > 500 | ANY | Washington Attorney General | DAYS_AFTER_DISCOVERY | 30 | false
      PR | >= 1 | ANY | Puerto Rico Department of Consumer Affairs (DACO) | DAYS_AFTER_DISCOVERY | 10 | false
      """);

  // CRA duties: jurisdiction | threshold | entity type | who ("nationwide": the nationwide CRAs) | uncertain;
  // every CRA notice goes out with the individual notice
  static final List<StateRow> CRA_ROWS = parseCraRows("""
      AL | > 1000 | ANY | nationwide | false
      AK | > 1000 | ANY | nationwide | false
      AZ | > 1000 | ANY | nationwide | false
      CO | > 1000 | ANY | nationwide | false
      DC | > 1000 | ANY | nationwide | false
      FL | > 1000 | ANY | nationwide | false
      GA | > 10000 | ANY | nationwide | false
      HI | > 1000 | ANY | nationwide | false
      IN | > 1000 | ANY | nationwide | false
      KS | > 1000 | ANY | nationwide | false
      KY | > 1000 | ANY | nationwide | false
      ME | > 1000 | ANY | nationwide | false
      MD | > 1000 | ANY | nationwide | false
      MA | >= 1 | ANY | Consumer reporting agencies identified by the Massachusetts Office of Consumer Affairs and Business Regulation | true
      MI | > 1000 | ANY | nationwide | false
      MN | > 500 | ANY | nationwide | false
      MO | > 1000 | ANY | nationwide | false
      MT | >= 1 | ANY | nationwide | true
      NV | > 1000 | ANY | nationwide | false
      NH | > 1000 | ANY | nationwide | false
      NJ | > 1000 | ANY | nationwide | false
      NM | > 1000 | ANY | nationwide | false
      NY | > 5000 | ANY | nationwide | false
      NC | > 1000 | ANY | nationwide | false
      OH | > 1000 | BUSINESS_ASSOCIATE | nationwide | false
      OK | >= 1000 | ANY | nationwide | true
      OR | > 1000 | ANY | nationwide | false
      PA | > 500 | ANY | nationwide | false
      RI | > 500 | ANY | nationwide | false
      SC | > 1000 | ANY | nationwide | false
      SD | >= 1 | ANY | nationwide | false
      TN | > 1000 | ANY | nationwide | false
      TX | > 10000 | ANY | nationwide | false
      UT | > 1000 | ANY | nationwide | false
      VT | > 1000 | ANY | nationwide | false
      VA | > 1000 | ANY | nationwide | false
      WA | > 500 | ANY | nationwide | true
      WV | > 1000 | ANY | nationwide | false
      WI | > 1000 | ANY | nationwide | false
      """);

  private ExpectedStateDuties() {
  }

  private static List<StateRow> parseCraRows(String table) {
    return table.lines().map(line -> Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new))
        .map(c -> new StateRow(c[0], c[1], c[2], new Duty("CONSUMER_REPORTING_AGENCIES",
            c[3].equals("nationwide") ? CRAS : c[3], "WITH_INDIVIDUAL_NOTICE", null, Boolean.parseBoolean(c[4]))))
        .toList();
  }

  private static List<StateRow> parseRegulatorRows(String table) {
    return table.lines().map(line -> Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new))
        .map(c -> new StateRow(c[0], c[1], c[2], new Duty("STATE_REGULATOR", c[3], c[4],
            c[5].isEmpty() ? null : Integer.valueOf(c[5]), Boolean.parseBoolean(c[6]))))
        .toList();
  }
}
