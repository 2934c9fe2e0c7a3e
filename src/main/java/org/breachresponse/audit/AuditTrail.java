package org.breachresponse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.process.IncidentReference;

/**
 * Appends to the audit trail in the caller's transaction: the entry exists exactly when the step does.
 * Each entry is chained to the one before it (see {@link ChainHead}); the head stays locked until the
 * caller's transaction ends, so writers append one after another in commit order.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Inject
  PracticeClock clock;

  /** @param incidentReference the incident the entry is about; none for an entry about the trail itself */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(IncidentReference incidentReference, AuditAction action, String actor, String summary) {
    ChainHead head = entityManager.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    // The database keeps microseconds: the hash is over the time as it will be read back.
    AuditEntry entry = new AuditEntry(clock.now().truncatedTo(ChronoUnit.MICROS), actor,
        incidentReference == null ? null : incidentReference.value(), action.code(),
        summary);
    head.append(entry);
    entityManager.persist(entry);
  }

  /** Every incident's entries of one action (e.g. the phase CLOSED started), oldest first. */
  public List<AuditEntry> entriesOf(AuditAction action) {
    return entityManager.createQuery("select e from AuditEntry e where e.action = :action order by e.id", AuditEntry.class)
        .setParameter("action", action.code())
        .getResultList();
  }

  public List<AuditEntry> entriesFor(IncidentReference incidentReference) {
    return entityManager.createQuery("select e from AuditEntry e where e.incidentReference = :reference"
            + " order by e.chainPosition, e.id", AuditEntry.class)
        .setParameter("reference", incidentReference.value())
        .getResultList();
  }
}
