package org.breachresponse.security;

import java.util.List;

/** The practice's roles: Camunda groups, used as candidate groups in the models and as API roles. */
public final class Roles {

  public static final String FRONT_DESK = "front-desk";
  public static final String IT_RESPONDER = "it-responder";
  public static final String PRIVACY_OFFICER = "privacy-officer";
  public static final String PRACTICE_OWNER = "practice-owner";
  public static final String COMPLIANCE_AUDITOR = "compliance-auditor";
  /** Camunda's own administrators' group id: the Admin app's first-user setup creates it. */
  public static final String ADMIN = "camunda-admin";
  /**
   * Reads the metrics ({@code GET /metrics}) and nothing else: the account a Prometheus server scrapes with. Not a
   * practice role (not in {@link #ALL}): it belongs to no practice and is granted nothing in the engine.
   */
  public static final String METRICS_READER = "metrics-reader";

  public static final List<String> ALL =
      List.of(FRONT_DESK, IT_RESPONDER, PRIVACY_OFFICER, PRACTICE_OWNER, COMPLIANCE_AUDITOR, ADMIN);

  private Roles() {
  }
}
