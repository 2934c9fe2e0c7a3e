/**
 * Notification obligations: who must be told of a breach, by when and under which law (the decision tables in
 * {@code bpmn/decisions/}; 45 CFR 164.404-164.410 and the states&#39; breach-notification statutes), deadlines in
 * business days, the privacy officer&#39;s plan, law-enforcement delays (164.412) and the record of a substitute
 * notice (164.404(d)(2)) an obligation carries.
 *
 * <p>Capability layer, the lowest part of notification: it depends on no other part of it.
 */
package org.breachresponse.notification.obligation;
