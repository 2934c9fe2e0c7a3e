package org.breachresponse.notification.obligation;

/**
 * How a rule in {@code bpmn/decisions/} counts its deadline. Most count from the discovery of the breach;
 * some regulators are told relative to the individuals' notice or to HHS's (docs/legal-sources.md, 'What the state
 * tables decide').
 */
public enum DeadlineRule {
  DAYS_AFTER_DISCOVERY,
  BUSINESS_DAYS_AFTER_DISCOVERY,
  /** From the determination that a breach occurred (Texas's AG); the determination defaults to discovery. */
  DAYS_AFTER_DETERMINATION,
  /** HHS's annual log of breaches affecting fewer than 500: 60 days after the end of the discovery year. */
  DAYS_AFTER_YEAR_END_OF_DISCOVERY,
  /** Not later than the individuals' notice in that state (or "without unreasonable delay" for a regulator). */
  WITH_INDIVIDUAL_NOTICE,
  /** Before the individuals are told (Maryland's AG, New Jersey's State Police): a day ahead of their deadline. */
  BEFORE_INDIVIDUAL_NOTICE,
  DAYS_AFTER_INDIVIDUAL_NOTICE,
  BUSINESS_DAYS_AFTER_INDIVIDUAL_NOTICE,
  BUSINESS_DAYS_AFTER_HHS_NOTICE,
  /** No day count of its own: the federal 60-day outer limit is the plan's deadline. */
  WITHOUT_UNREASONABLE_DELAY
}
