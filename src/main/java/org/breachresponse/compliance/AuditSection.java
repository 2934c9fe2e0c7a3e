package org.breachresponse.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.breachresponse.audit.AuditEntry;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentDetailSection;

/** The {@code auditTrail} part of an incident's detail: every recorded step, oldest first. */
@ApplicationScoped
public class AuditSection implements IncidentDetailSection {

  @Inject
  private AuditTrail auditTrail;

  @Override
  public String key() {
    return "auditTrail";
  }

  @Override
  public Optional<List<Entry>> describe(Incident incident) {
    return Optional.of(auditTrail.entriesFor(incident.reference()).stream().map(Entry::of).toList());
  }

  /** One step as the API shows it. */
  public record Entry(Instant occurredAt, String actor, String action, String summary) {

    static Entry of(AuditEntry entry) {
      return new Entry(entry.occurredAt(), entry.actor(), entry.actionCode(), entry.summary());
    }
  }
}
