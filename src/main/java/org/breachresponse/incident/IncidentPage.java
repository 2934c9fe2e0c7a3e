package org.breachresponse.incident;

import java.util.List;

/** A page of the incident list, newest first. */
public record IncidentPage(List<IncidentSummary> items, int page, int size, long total) {
}
