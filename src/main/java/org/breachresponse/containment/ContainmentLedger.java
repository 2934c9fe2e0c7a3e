package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.breachresponse.process.IncidentReference;

/**
 * Where containment's targets, actions and entry point reviews are kept. What the engine does on its own
 * is recorded in a transaction of its own ({@link #recordAttempt}): a failed attempt stays on record when
 * the job that made it rolls back to be retried, and a success is not forgotten when a later step of the
 * same job fails, so a retry does not repeat it.
 */
@ApplicationScoped
public class ContainmentLedger {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(ContainmentTarget target) {
    entityManager.persist(target);
  }

  /** A person's action, recorded with the task that did it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(ContainmentAction action) {
    entityManager.persist(action);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(EntryPointReview review) {
    entityManager.persist(review);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(EvidenceItem item) {
    entityManager.persist(item);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(CustodyTransfer transfer) {
    entityManager.persist(transfer);
  }

  /**
   * Records an attempt the engine made, and the target's new status if it changed, and commits both. A done
   * attempt also clears the step's {@linkplain #recordIntent intent} in the same transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAttempt(ContainmentTarget target, Attempt attempt, TargetStatus statusAfter) {
    ContainmentTarget current = entityManager.find(ContainmentTarget.class, target.id());
    ContainmentAction row = attempt.toRow(current, "engine");
    entityManager.persist(row);
    if (row.done()) {
      entityManager.createNativeQuery("delete from containment_intent where target_id = ?1 and action = ?2"
              + " and adapter = ?3")
          .setParameter(1, target.id())
          .setParameter(2, attempt.action().name())
          .setParameter(3, attempt.adapter().name())
          .executeUpdate();
    }
    if (statusAfter != null && current.status() != statusAfter) {
      current.moveTo(statusAfter);
    }
  }

  /**
   * Commits, before a step writes to the outside world, that it is about to, with what the outside world
   * showed just before ({@code stamp}), in place of an earlier attempt's intent (V10__containment_intent.sql).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordIntent(ContainmentTarget target, ActionType action, Adapter adapter, String stamp) {
    int updated = entityManager.createNativeQuery("update containment_intent set stamp = ?4 where target_id = ?1"
            + " and action = ?2 and adapter = ?3")
        .setParameter(1, target.id())
        .setParameter(2, action.name())
        .setParameter(3, adapter.name())
        .setParameter(4, stamp)
        .executeUpdate();
    if (updated == 0) {
      entityManager.createNativeQuery("insert into containment_intent (target_id, action, adapter, stamp)"
              + " values (?1, ?2, ?3, ?4)")
          .setParameter(1, target.id())
          .setParameter(2, action.name())
          .setParameter(3, adapter.name())
          .setParameter(4, stamp)
          .executeUpdate();
    }
  }

  /** The stamp an earlier attempt of this step recorded before it wrote, if it never recorded how it ended. */
  public Optional<String> intent(ContainmentTarget target, ActionType action, Adapter adapter) {
    List<?> stamps = entityManager.createNativeQuery("select stamp from containment_intent where target_id = ?1"
            + " and action = ?2 and adapter = ?3")
        .setParameter(1, target.id())
        .setParameter(2, action.name())
        .setParameter(3, adapter.name())
        .getResultList();
    return stamps.stream().findFirst().map(Object::toString);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void moveTo(ContainmentTarget target, TargetStatus status) {
    entityManager.find(ContainmentTarget.class, target.id()).moveTo(status);
  }

  public Optional<ContainmentTarget> target(IncidentReference reference, TargetKind kind, String name) {
    return entityManager.createQuery("select t from ContainmentTarget t where t.incident.reference = :reference"
            + " and t.kind = :kind and t.name = :name", ContainmentTarget.class)
        .setParameter("reference", reference.value())
        .setParameter("kind", kind)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** Machines first, then accounts, each in the order of the plan. */
  public List<ContainmentTarget> targets(IncidentReference reference) {
    return entityManager.createQuery("select t from ContainmentTarget t where t.incident.reference = :reference"
            + " order by t.kind desc, t.id", ContainmentTarget.class)
        .setParameter("reference", reference.value())
        .getResultList();
  }

  /**
   * One batch of an incident's targets of one kind, in the order of the plan: at most {@code size} of them, from
   * the {@code first} (counted from 0).
   */
  public List<ContainmentTarget> targets(IncidentReference reference, TargetKind kind, int first, int size) {
    return entityManager.createQuery("select t from ContainmentTarget t where t.incident.reference = :reference"
            + " and t.kind = :kind order by t.id", ContainmentTarget.class)
        .setParameter("reference", reference.value())
        .setParameter("kind", kind)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public List<ContainmentAction> actions(ContainmentTarget target) {
    return entityManager.createQuery("select a from ContainmentAction a where a.target.id = :target order by a.id",
            ContainmentAction.class)
        .setParameter("target", target.id())
        .getResultList();
  }

  public List<ContainmentAction> actions(IncidentReference reference) {
    return entityManager.createQuery("select a from ContainmentAction a join a.target t"
            + " where t.incident.reference = :reference order by a.id", ContainmentAction.class)
        .setParameter("reference", reference.value())
        .getResultList();
  }

  public Optional<EntryPointReview> entryPointReview(IncidentReference reference) {
    return entityManager.createQuery("select r from EntryPointReview r where r.incident.reference = :reference",
            EntryPointReview.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst();
  }

  public List<EvidenceItem> evidence(IncidentReference reference) {
    return entityManager.createQuery("select e from EvidenceItem e join e.target t"
            + " where t.incident.reference = :reference order by e.id", EvidenceItem.class)
        .setParameter("reference", reference.value())
        .getResultList();
  }

  /** One evidence item of this incident. */
  public Optional<EvidenceItem> evidenceItem(IncidentReference reference, long id) {
    return entityManager.createQuery("select e from EvidenceItem e join e.target t"
            + " where t.incident.reference = :reference and e.id = :id", EvidenceItem.class)
        .setParameter("reference", reference.value())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public List<CustodyTransfer> custody(IncidentReference reference) {
    return entityManager.createQuery("select c from CustodyTransfer c join c.item e"
            + " where e.target.incident.reference = :reference order by c.id", CustodyTransfer.class)
        .setParameter("reference", reference.value())
        .getResultList();
  }
}
