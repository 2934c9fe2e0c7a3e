package org.breachresponse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.breachresponse.process.IncidentReference;

/** Where reviews are kept. */
@ApplicationScoped
public class ReviewRecords {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  public void add(SecurityReview review) {
    entityManager.persist(review);
  }

  public Optional<SecurityReview> review(IncidentReference reference) {
    return entityManager.createQuery("select r from SecurityReview r where r.incident.reference = :reference",
            SecurityReview.class)
        .setParameter("reference", reference.value()).getResultStream().findFirst();
  }
}
