package org.breachresponse.incident;

import java.time.Instant;
import java.util.List;

/** A step of the incident's process waiting for someone, as the Tasklist shows it. */
public record OpenTask(String id, String name, String taskDefinitionKey, List<String> candidateGroups,
    String assignee, Instant created, Instant due) {
}
