package org.breachresponse.notification.individual;

import org.breachresponse.incident.UsJurisdiction;

/**
 * Someone a breach notice is addressed to, as far as choosing how to reach them goes. HIPAA wants first-class
 * mail to the last known address, or e-mail only if the individual agreed to electronic notice
 * (45 CFR 164.404(d)(1); docs/legal-sources.md, 'Methods of notice'); whoever has neither needs substitute notice.
 */
public interface Addressee {

  UsJurisdiction state();

  /** The last known postal address, or null. */
  String postalAddress();

  /** The e-mail address, or null. */
  String email();

  /** Whether the individual agreed to notice by e-mail; never true without an e-mail address. */
  boolean emailConsent();

  /** A letter can be mailed, or an e-mail may be sent. */
  default boolean hasUsableContact() {
    return postalAddress() != null || reachableByEmail();
  }

  /** An e-mail may be sent instead of a letter: there is an address and the individual agreed. */
  default boolean reachableByEmail() {
    return email() != null && emailConsent();
  }
}
