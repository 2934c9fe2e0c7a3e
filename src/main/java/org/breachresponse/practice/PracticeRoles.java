package org.breachresponse.practice;

import org.camunda.bpm.engine.authorization.Groups;

/**
 * The role groups the practices API names in its {@code @RolesAllowed}. The same ids as
 * {@code security.Roles} (a test holds them equal), repeated here so that {@code security} may one day use
 * this package (a practice's directory staff group) without a cycle.
 */
final class PracticeRoles {

  static final String FRONT_DESK = "front-desk";
  static final String IT_RESPONDER = "it-responder";
  static final String PRIVACY_OFFICER = "privacy-officer";
  static final String PRACTICE_OWNER = "practice-owner";
  static final String COMPLIANCE_AUDITOR = "compliance-auditor";
  /** Camunda's administrators, the provider's: they create practices and manage who belongs to which. */
  static final String ADMIN = Groups.CAMUNDA_ADMIN;

  private PracticeRoles() {
  }
}
