package org.breachresponse.containment;

import org.breachresponse.directory.ConnectionCheck;

/**
 * The answer to {@code PUT /practices/{id}/directory} and {@code …/edr}: the settings were saved, and what
 * the test connection found ({@code {"ok": false, "field": "quarantineOu", "message": "… not found"}}); null
 * for kind NONE, which has nothing to connect to. Never holds a secret.
 */
public record IntegrationSaved(boolean saved, ConnectionCheck connection) {
}
