package org.breachresponse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * Verifies the audit chain in the database: pages through it in position order (never the whole trail
 * at once) and reports every broken link ({@link ChainCheck}). Writers keep appending meanwhile: the
 * chain is checked up to the head as it was at the start, and a row beyond that counts as outside the
 * chain only if the head, read again after the row was seen, still does not reach it.
 */
@ApplicationScoped
public class AuditChain {

  static final int PAGE = 500;

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  public ChainVerification verify() {
    Head start = head();
    ChainCheck check = new ChainCheck(start.position(), start.hash());
    long afterPosition = 0;
    List<ChainRow> page;
    do {
      page = entityManager.createQuery(ChainRow.SELECT + " where e.chainPosition > :after"
              + " and e.chainPosition <= :last order by e.chainPosition", ChainRow.class)
          .setParameter("after", afterPosition)
          .setParameter("last", start.position())
          .setMaxResults(PAGE)
          .getResultList();
      page.forEach(check::walk);
      afterPosition = page.isEmpty() ? afterPosition : page.get(page.size() - 1).position();
    } while (page.size() == PAGE);
    check.endWalk();
    reportRowsOutside(check, start.position());
    return check.result();
  }

  /** How many entries of the chain belong to these incidents (by reference). */
  public long entriesOf(Collection<String> incidentReferences) {
    if (incidentReferences.isEmpty()) {
      return 0;
    }
    long count = 0;
    List<String> references = List.copyOf(incidentReferences);
    for (int from = 0; from < references.size(); from += PAGE) {
      count += entityManager.createQuery("select count(e) from AuditEntry e where e.incidentReference in :references",
              Long.class)
          .setParameter("references", references.subList(from, Math.min(references.size(), from + PAGE)))
          .getSingleResult();
    }
    return count;
  }

  private void reportRowsOutside(ChainCheck check, long checkedUpTo) {
    long afterId = Long.MIN_VALUE;
    List<ChainRow> page;
    do {
      page = entityManager.createQuery(ChainRow.SELECT + " where (e.chainPosition is null or e.chainPosition <= 0"
              + " or e.chainPosition > :last) and e.id > :after order by e.id", ChainRow.class)
          .setParameter("last", checkedUpTo)
          .setParameter("after", afterId)
          .setMaxResults(PAGE)
          .getResultList();
      // Read after the rows: an entry appended legitimately meanwhile committed its head with it.
      long headNow = head().position();
      for (ChainRow row : page) {
        if (row.position() == null || row.position() <= 0 || row.position() > headNow) {
          check.outside(row);
        }
      }
      afterId = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
    } while (page.size() == PAGE);
  }

  private Head head() {
    Object[] row = entityManager.createQuery("select h.lastPosition, h.lastHash from ChainHead h where h.id = :id",
            Object[].class)
        .setParameter("id", ChainHead.ID)
        .getSingleResult();
    return new Head((Long) row[0], (String) row[1]);
  }

  private record Head(long position, String hash) {
  }
}
