/**
 * Notify: who must be told of a breach, by when and under which law (the decision tables in
 * {@code bpmn/decisions/}, from shared/DOMAIN.md §1–2), the privacy officer's plan, one tracked notice per
 * obligation with reminders and an escalation when it is overdue, law-enforcement delays, substitute notice,
 * the affected individuals' contact list, the notice letters, the HHS portal worksheet and the annual log
 * of breaches affecting fewer than 500.
 */
package org.breachresponse.notification;
