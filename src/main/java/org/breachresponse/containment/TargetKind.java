package org.breachresponse.containment;

/** What containment acts on: a machine is isolated, an account has its password reset. */
public enum TargetKind {
  MACHINE, ACCOUNT
}
