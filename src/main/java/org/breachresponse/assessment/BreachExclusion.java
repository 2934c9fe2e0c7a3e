package org.breachresponse.assessment;

/**
 * The three cases 45 CFR 164.402(1) excludes from "breach" (docs/legal-sources.md, 'What counts as a breach'), or
 * none.
 */
public enum BreachExclusion {
  NONE,
  /** Unintentional, good-faith access by a workforce member within the scope of authority, no further use. */
  UNINTENTIONAL_WORKFORCE_ACCESS,
  /** Inadvertent disclosure between people authorised at the same covered entity or arrangement. */
  INADVERTENT_DISCLOSURE_BETWEEN_AUTHORIZED,
  /** Good-faith belief that the recipient could not reasonably have retained the information. */
  RECIPIENT_COULD_NOT_RETAIN
}
