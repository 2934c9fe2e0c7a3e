package org.breachresponse.process;

/** The lifecycle phase an incident is in (shared/DOMAIN.md §4.3: the six-step checklist). */
public enum Phase {
  IDENTIFY, CONTAIN, ERADICATE, RECOVER, NOTIFY, REVIEW, CLOSED
}
