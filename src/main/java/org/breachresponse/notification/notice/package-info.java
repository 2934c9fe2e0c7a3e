/**
 * Sending notices: marking a notice sent, reminders before it is due and the escalation when it is overdue,
 * the individual letters by mail and e-mail, law-enforcement delays applied to open notices, and substitute
 * notice (164.404(d)(2)).
 *
 * <p>Capability layer: within notification it uses the obligations, the individuals and the shared
 * {@code notification} records and service; no other part depends on it.
 */
package org.breachresponse.notification.notice;
