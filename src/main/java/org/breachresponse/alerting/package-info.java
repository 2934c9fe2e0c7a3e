/**
 * The first hours of a breach (issue 17, docs/adr/0020-alerts-and-response-targets.md): the response-time target of
 * each early step (its task's due date), the channels a practice is alerted through (e-mail to its IT responders,
 * Teams or Slack incoming webhooks, PagerDuty's Events API v2, a JSON webhook signed with HMAC-SHA256), and the
 * delivery of each alert as a job of its own, once per incident, step and channel.
 *
 * <p>Capability layer: it uses the practices (their secrets box and staff), the incident (reference, signs) and the
 * mail session of {@code notification.notice}; nothing below it depends on it.
 */
package org.breachresponse.alerting;
