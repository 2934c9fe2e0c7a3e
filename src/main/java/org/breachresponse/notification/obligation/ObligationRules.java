package org.breachresponse.notification.obligation;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.incident.UsJurisdiction;

/**
 * Every notice the law requires for a breach, from the decision tables in {@code bpmn/decisions/}: HIPAA's
 * (individuals, HHS, media, or the covered entity for a business associate; 45 CFR 164.404–410) and each
 * affected state's (individuals where the state's deadline is stricter than HIPAA's, regulators, consumer
 * reporting agencies; docs/legal-sources.md, 'What the state tables decide'). The tables say who and how the
 * deadline counts; this class turns that into dates. The strictest deadline wins per recipient.
 */
public class ObligationRules {

  public static final String HIPAA_OBLIGATIONS = "hipaaObligations";
  static final String HIPAA_MEDIA_NOTICE = "hipaaMediaNotice";
  static final String STATE_INDIVIDUAL_NOTICE = "stateIndividualNotice";
  static final String STATE_REGULATOR_NOTICE = "stateRegulatorNotice";
  static final String STATE_CONSUMER_REPORTING_AGENCY_NOTICE = "stateConsumerReportingAgencyNotice";
  static final String STATE_ENCRYPTION_SAFE_HARBOR = "stateEncryptionSafeHarbor";
  /** 45 CFR 164.404(b): the outer limit for individuals, also the plan's date where a law has no day count. */
  static final int HIPAA_DAYS = 60;

  private final Decisions decisions;

  public ObligationRules(Decisions decisions) {
    this.decisions = decisions;
  }

  public List<DerivedObligation> derive(NotificationFacts facts) {
    return derive(facts, decisions.evaluate(HIPAA_OBLIGATIONS, hipaaInputs(facts)));
  }

  /** What {@code hipaaObligations} is evaluated on: codes and counts only. */
  static Map<String, Object> hipaaInputs(NotificationFacts facts) {
    return Map.of("entityType", facts.entityType().name(), "totalIndividuals", facts.totalIndividuals());
  }

  /**
   * As {@link #derive(NotificationFacts)}, with the rows of {@code hipaaObligations} already evaluated (by the
   * process's business rule task, whose evaluation the engine keeps in the instance's decision history).
   */
  public List<DerivedObligation> derive(NotificationFacts facts, List<Map<String, Object>> hipaaRows) {
    Map<String, DerivedObligation> strictest = new LinkedHashMap<>();
    List<DerivedObligation> federal = facts.phiSecured() ? List.of() : federal(facts, hipaaRows);
    federal.forEach(o -> keepStrictest(strictest, o));
    if (facts.entityType() == EntityType.COVERED_ENTITY) {
      Optional<LocalDate> federalIndividuals = federal.stream()
          .filter(o -> o.recipient() == Recipient.INDIVIDUALS).map(DerivedObligation::dueDate).findFirst();
      Optional<LocalDate> hhs = federal.stream()
          .filter(o -> o.recipient() == Recipient.HHS).map(DerivedObligation::dueDate).findFirst();
      facts.residents().entrySet().stream()
          .filter(e -> e.getValue() > 0)
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> new StateRules(facts, e.getKey(), e.getValue(), federalIndividuals, hhs)
              .obligations().forEach(o -> keepStrictest(strictest, o)));
    }
    List<DerivedObligation> all = new ArrayList<>(strictest.values());
    all.sort(Comparator.comparing(DerivedObligation::dueDate)
        .thenComparing(DerivedObligation::recipient)
        .thenComparing(DerivedObligation::jurisdiction));
    return all;
  }

  private List<DerivedObligation> federal(NotificationFacts facts, List<Map<String, Object>> hipaaRows) {
    List<DerivedObligation> obligations = new ArrayList<>();
    for (Map<String, Object> row : hipaaRows) {
      obligations.add(obligation(row, DerivedObligation.FEDERAL, federalDue(row, facts), false));
    }
    facts.residents().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      for (Map<String, Object> row : decisions.evaluate(HIPAA_MEDIA_NOTICE, Map.of("entityType",
          facts.entityType().name(), "jurisdiction", e.getKey().name(), "residents", e.getValue()))) {
        // Media serving that state: the obligation is federal law's, its audience the state's.
        obligations.add(obligation(row, e.getKey().name(), federalDue(row, facts), false));
      }
    });
    return obligations;
  }

  private static LocalDate federalDue(Map<String, Object> row, NotificationFacts facts) {
    DeadlineRule rule = DeadlineRule.valueOf((String) row.get("deadlineRule"));
    int days = days(row);
    return switch (rule) {
      case DAYS_AFTER_YEAR_END_OF_DISCOVERY ->
          LocalDate.of(facts.discoveryDate().getYear(), Month.DECEMBER, 31).plusDays(days);
      // HHS "contemporaneously with" the individuals: the same 60 days from discovery.
      case DAYS_AFTER_DISCOVERY, WITH_INDIVIDUAL_NOTICE -> facts.discoveryDate().plusDays(days);
      default -> throw new IllegalStateException("A federal rule counts " + rule + ", which is not modelled");
    };
  }

  static DerivedObligation obligation(Map<String, Object> row, String jurisdiction, LocalDate due,
      boolean uncertainAnyway) {
    return new DerivedObligation(Recipient.valueOf((String) row.get("recipient")), jurisdiction,
        (String) row.get("authority"), due, (String) row.get("basis"),
        uncertainAnyway || Boolean.TRUE.equals(row.get("uncertain")));
  }

  static int days(Map<String, Object> row) {
    Object days = row.get("days");
    return days == null ? 0 : ((Number) days).intValue();
  }

  private static void keepStrictest(Map<String, DerivedObligation> strictest, DerivedObligation candidate) {
    strictest.merge(candidate.key(), candidate, (kept, next) -> next.isEarlierThan(kept) ? next : kept);
  }

  /** One state's rules for one breach. */
  private final class StateRules {

    private final NotificationFacts facts;
    private final UsJurisdiction state;
    private final int residents;
    private final Optional<LocalDate> federalIndividuals;
    private final Optional<LocalDate> hhs;

    StateRules(NotificationFacts facts, UsJurisdiction state, int residents, Optional<LocalDate> federalIndividuals,
        Optional<LocalDate> hhs) {
      this.facts = facts;
      this.state = state;
      this.residents = residents;
      this.federalIndividuals = federalIndividuals;
      this.hhs = hhs;
    }

    List<DerivedObligation> obligations() {
      Map<String, Object> safeHarbor = single(STATE_ENCRYPTION_SAFE_HARBOR, Map.of("jurisdiction", state.name()));
      boolean safeHarborUncertain = Boolean.TRUE.equals(safeHarbor.get("uncertain"));
      if (facts.phiSecured() && Boolean.TRUE.equals(safeHarbor.get("safeHarbor")) && !safeHarborUncertain) {
        return List.of();
      }
      // Encrypted data the state may not exempt: its duties stand, and a lawyer should confirm them.
      boolean uncertainAnyway = facts.phiSecured();
      List<DerivedObligation> obligations = new ArrayList<>();
      Map<String, Object> individualRule = single(STATE_INDIVIDUAL_NOTICE, Map.of("jurisdiction", state.name()));
      LocalDate stateIndividuals = stateIndividualsDue(individualRule);
      LocalDate individualsDue = federalIndividuals.filter(f -> !f.isAfter(stateIndividuals)).orElse(stateIndividuals);
      if (federalIndividuals.isEmpty() || stateIndividuals.isBefore(federalIndividuals.get())) {
        Map<String, Object> row = new HashMap<>(individualRule);
        row.put("recipient", Recipient.INDIVIDUALS.name());
        row.put("authority", "Affected individuals");
        obligations.add(obligation(row, state.name(), stateIndividuals, uncertainAnyway));
      }
      Map<String, Object> inputs = Map.of("jurisdiction", state.name(), "residents", residents,
          "entityType", facts.entityType().name());
      for (String decision : List.of(STATE_REGULATOR_NOTICE, STATE_CONSUMER_REPORTING_AGENCY_NOTICE)) {
        for (Map<String, Object> row : decisions.evaluate(decision, inputs)) {
          obligations.add(obligation(row, state.name(), due(row, individualsDue), uncertainAnyway));
        }
      }
      return obligations;
    }

    private LocalDate stateIndividualsDue(Map<String, Object> rule) {
      DeadlineRule deadline = DeadlineRule.valueOf((String) rule.get("deadlineRule"));
      return switch (deadline) {
        case DAYS_AFTER_DISCOVERY -> facts.discoveryDate().plusDays(days(rule));
        case BUSINESS_DAYS_AFTER_DISCOVERY -> BusinessDays.after(facts.discoveryDate(), days(rule));
        case WITHOUT_UNREASONABLE_DELAY -> facts.discoveryDate().plusDays(HIPAA_DAYS);
        default -> throw new IllegalStateException(state + ": individual notice counted " + deadline);
      };
    }

    private LocalDate due(Map<String, Object> row, LocalDate individualsDue) {
      DeadlineRule rule = DeadlineRule.valueOf((String) row.get("deadlineRule"));
      int days = days(row);
      return switch (rule) {
        case DAYS_AFTER_DISCOVERY -> facts.discoveryDate().plusDays(days);
        case BUSINESS_DAYS_AFTER_DISCOVERY -> BusinessDays.after(facts.discoveryDate(), days);
        case DAYS_AFTER_DETERMINATION -> facts.determinationDate().plusDays(days);
        case DAYS_AFTER_YEAR_END_OF_DISCOVERY ->
            LocalDate.of(facts.discoveryDate().getYear(), Month.DECEMBER, 31).plusDays(days);
        case WITH_INDIVIDUAL_NOTICE, WITHOUT_UNREASONABLE_DELAY -> individualsDue;
        case BEFORE_INDIVIDUAL_NOTICE -> individualsDue.minusDays(1);
        case DAYS_AFTER_INDIVIDUAL_NOTICE -> individualsDue.plusDays(days);
        case BUSINESS_DAYS_AFTER_INDIVIDUAL_NOTICE -> BusinessDays.after(individualsDue, days);
        case BUSINESS_DAYS_AFTER_HHS_NOTICE -> BusinessDays.after(hhs.orElse(individualsDue), days);
      };
    }

    private Map<String, Object> single(String decision, Map<String, Object> inputs) {
      List<Map<String, Object>> rows = decisions.evaluate(decision, inputs);
      if (rows.size() != 1) {
        throw new IllegalStateException(decision + " has " + rows.size() + " rows for " + state + ", not one");
      }
      return rows.get(0);
    }
  }
}
