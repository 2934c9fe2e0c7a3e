package org.breachresponse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Brings entries written before the chain existed (databases from before migration V5) into it, in id
 * order, once: only while the chain is still empty. Runs at start-up before the engine, so no step can
 * append first. Afterwards an entry without a position was put there behind our back, and the verifier
 * reports it instead of this class legitimising it.
 */
@ApplicationScoped
public class AuditChainStart {

  private static final int PAGE = 500;

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  /** Returns how many earlier entries were sealed (0 once the chain has begun). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long sealEarlierEntries() {
    ChainHead head = entityManager.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head.lastPosition() > 0) {
      return 0;
    }
    long sealed = 0;
    long afterId = Long.MIN_VALUE;
    List<AuditEntry> page;
    do {
      page = entityManager.createQuery("select e from AuditEntry e where e.chainPosition is null and e.id > :after"
              + " order by e.id", AuditEntry.class)
          .setParameter("after", afterId)
          .setMaxResults(PAGE)
          .getResultList();
      for (AuditEntry entry : page) {
        head.append(entry);
        afterId = entry.id();
      }
      entityManager.flush();
      page.forEach(entityManager::detach);
      sealed += page.size();
    } while (page.size() == PAGE);
    return sealed;
  }
}
