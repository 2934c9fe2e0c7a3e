package org.breachresponse.notification.obligation;

/**
 * Whose breach it is under HIPAA: a covered entity notifies individuals, HHS and the media (45 CFR
 * 164.404–408); a business associate notifies the covered entity (164.410). docs/legal-sources.md, 'Who is told
 * and by when'.
 */
public enum EntityType {
  COVERED_ENTITY,
  BUSINESS_ASSOCIATE
}
