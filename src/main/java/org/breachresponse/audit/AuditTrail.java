package org.breachresponse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Appends to the audit trail in the caller's transaction: the entry exists exactly when the step does. */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String incidentReference, String action, String actor, String summary) {
    entityManager.persist(new AuditEntry(Instant.now(), actor, incidentReference, action, summary));
  }

  /** Every incident's entries of one action (e.g. {@code PHASE_CLOSED}), oldest first. */
  public List<AuditEntry> entriesOf(String action) {
    return entityManager.createQuery("select e from AuditEntry e where e.action = :action order by e.id", AuditEntry.class)
        .setParameter("action", action)
        .getResultList();
  }

  public List<AuditEntry> entriesFor(String incidentReference) {
    return entityManager.createQuery(
            "select e from AuditEntry e where e.incidentReference = :reference order by e.id", AuditEntry.class)
        .setParameter("reference", incidentReference)
        .getResultList();
  }
}
