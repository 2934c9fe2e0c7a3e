package org.breachresponse.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Test-only, deployed by {@link PracticesBrowserIT} alone: the row of a second practice, B, in our table, as
 * {@code POST /practices} makes one. Idempotent, because the test server's database outlives a deployment.
 */
@ApplicationScoped
public class SecondPracticeRow {

  static final String ID = "gentle-care";
  static final String NAME = "Gentle Care Dentistry";

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Practice ensure() {
    Practice practice = entityManager.find(Practice.class, ID);
    if (practice == null) {
      practice = new Practice(new PracticeId(ID), new PracticeProfile(NAME, "12 Canyon Road | Boulder, CO 80302",
          "1-800-555-0142", "privacy@gentle-care.example", "https://gentle-care.example",
          "Lee Park, Privacy Officer", "America/Denver", null), "practices-browser-it", Instant.now());
      entityManager.persist(practice);
    }
    return practice;
  }
}
