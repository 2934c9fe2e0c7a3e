/**
 * Review security and close, the sixth lifecycle phase (docs/legal-sources.md, 'Lifecycle phases', step 6:
 * lessons-learned report, risk-analysis update, training; NIST SP 800-61 post-incident activity). After recovery
 * the practice owner, with a named privacy officer, records the root cause, what worked and what did not, the
 * policy changes and the training; the review's report is a PDF rendered from that unchangeable record. The
 * incident closes, recording who closed it and when, only when containment, eradication, recovery, every
 * notification obligation and the review are done. Nothing of it is deleted: HIPAA keeps the documentation six
 * years (45 CFR 164.530(j)(2)).
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.review;
