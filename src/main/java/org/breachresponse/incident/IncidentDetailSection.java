package org.breachresponse.incident;

import java.util.Optional;

/**
 * A part of an incident's detail that another capability owns, e.g. the risk assessment. Each section
 * appears under its {@link #key()} in {@code GET /api/breach/incidents/{reference}}, so the incident
 * package does not depend on the packages that build on it.
 */
public interface IncidentDetailSection {

  String key();

  Optional<?> describe(Incident incident);
}
