package org.breachresponse.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.breachresponse.process.IncidentReference;

/** Where restorations, leaked-data checks and closed gaps are kept (our tables, not the engine's). */
@ApplicationScoped
public class RecoveryRecords {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  public void add(Object record) {
    entityManager.persist(record);
  }

  public List<DataRestoration> restorations(IncidentReference reference) {
    return entityManager.createQuery("select r from DataRestoration r where r.incident.reference = :reference order by r.id",
            DataRestoration.class)
        .setParameter("reference", reference.value()).getResultList();
  }

  /** Oldest first. */
  public List<LeakedDataCheck> leakedDataChecks(IncidentReference reference) {
    return entityManager.createQuery("select c from LeakedDataCheck c where c.incident.reference = :reference order by c.id",
            LeakedDataCheck.class)
        .setParameter("reference", reference.value()).getResultList();
  }

  public List<SecurityGap> securityGaps(IncidentReference reference) {
    return entityManager.createQuery("select g from SecurityGap g where g.incident.reference = :reference"
            + " order by g.id", SecurityGap.class)
        .setParameter("reference", reference.value()).getResultList();
  }
}
