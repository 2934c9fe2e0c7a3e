package org.breachresponse.containment;

/** Who carried out an action: one of the directory or EDR adapters, or a person. */
public enum Adapter {
  ACTIVE_DIRECTORY, OPENLDAP, DEFENDER_FOR_ENDPOINT, CROWDSTRIKE_FALCON, PERSON
}
