package org.breachresponse.containment;

/** How a machine was rid of the threat; a replaced machine is retired instead of restored. */
public enum Remedy {
  CLEANED, RE_IMAGED, REPLACED
}
