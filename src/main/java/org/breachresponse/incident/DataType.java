package org.breachresponse.incident;

/**
 * Types of data a breach can expose; HIPAA's notice must name the types of unsecured PHI involved
 * (45 CFR 164.404(c)(1)(B)), and several state laws turn on them.
 */
public enum DataType {
  NAMES,
  ADDRESSES,
  DATES_OF_BIRTH,
  SOCIAL_SECURITY_NUMBERS,
  INSURANCE_IDS,
  DIAGNOSES_AND_TREATMENT,
  DENTAL_IMAGES,
  PAYMENT_CARDS
}
