/**
 * The HIPAA breach determination: the privacy officer's four-factor risk assessment (45 CFR
 * 164.402(2)), the three exclusions (164.402(1)) and the outcome with its justification, kept because
 * the practice carries the burden of proof (164.414(b); docs/legal-sources.md, 'HIPAA Breach Notification Rule').
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.assessment;
