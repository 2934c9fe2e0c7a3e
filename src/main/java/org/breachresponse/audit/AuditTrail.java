package org.breachresponse.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
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

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

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

  /**
   * Appends like {@link #record}, in the caller's transaction, but as its last write: when the transaction is
   * about to commit: a JTA synchronization registered with the transaction manager, which runs before the
   * interposed ones (Jakarta Transactions, {@code TransactionSynchronizationRegistry}), among them the persistence
   * context's flush (WildFly registers Hibernate's as interposed), so the entry is flushed and committed with the
   * rest. The chain's head then stays locked only for that flush and the commit, not for the rest of the caller's
   * work: a job that records an escalation and then has the engine create a task and write its history no longer
   * holds every other writer of the trail back while it does (docs/adr/0016-deadline-waves.md). If the transaction
   * rolls back first, no entry.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAtCommit(IncidentReference incidentReference, AuditAction action, String actor, String summary) {
    try {
      transactionManager.getTransaction().registerSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {
          record(incidentReference, action, actor, summary);
        }

        @Override
        public void afterCompletion(int status) {
          // Nothing to do: the entry committed or rolled back with the transaction.
        }
      });
    } catch (RollbackException e) {
      throw new IllegalStateException("The transaction is marked for rollback; no audit entry", e);
    } catch (SystemException e) {
      throw new IllegalStateException("Could not add the audit entry to the transaction", e);
    }
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
