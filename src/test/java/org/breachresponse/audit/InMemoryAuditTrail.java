package org.breachresponse.audit;

import java.util.ArrayList;
import java.util.List;
import org.breachresponse.process.IncidentReference;

/** The audit trail on a list, for the engine path tests; the JPA side is covered in the server. */
public class InMemoryAuditTrail extends AuditTrail {

  private final List<String> entries = new ArrayList<>();

  @Override
  public void record(IncidentReference incidentReference, AuditAction action, String actor, String summary) {
    entries.add(incidentReference + " " + action.code() + " " + actor + ": " + summary);
  }

  @Override
  public void recordAtCommit(IncidentReference incidentReference, AuditAction action, String actor, String summary) {
    record(incidentReference, action, actor, summary);
  }

  public List<String> entries() {
    return entries;
  }
}
