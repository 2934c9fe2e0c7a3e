/**
 * Notify: who must be told of a breach, by when and under which law, the privacy officer's plan, one tracked
 * notice per obligation with reminders and an escalation when it is overdue, law-enforcement delays,
 * substitute notice, the affected individuals' contact list, the notice letters, the HHS portal worksheet and
 * the annual log of breaches affecting fewer than 500. The parts live in sub-packages ({@code obligation},
 * {@code individual}, {@code notice}, {@code hhs}); this package holds what ties them together: the records
 * of every part, the service the process calls, the incident page's notification section and the listeners
 * of the planning step.
 *
 * <p>Capability layer. Within notification: {@code obligation} and {@code individual} below this package,
 * {@code notice} and {@code hhs} above it.
 */
package org.breachresponse.notification;
