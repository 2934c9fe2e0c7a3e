package org.breachresponse.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.directory.DirectorySettings;
import org.breachresponse.directory.EdrSettings;
import org.breachresponse.practice.DirectoryConnection;
import org.breachresponse.practice.EdrConnection;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeProfile;
import org.breachresponse.practice.PracticeStaffGroup;
import org.breachresponse.practice.SecretBox;

/**
 * A server with no practice yet takes its first one from the environment variables a one-practice
 * installation has always set (the letterhead {@code BREACH_PRACTICE_*}, {@code BREACH_PRACTICE_TIME_ZONE},
 * {@code BREACH_DIRECTORY_*}, {@code BREACH_EDR_*}; its id is {@code BREACH_PRACTICE_ID}, default
 * {@code practice}), and every incident recorded before practices existed becomes that practice's. After
 * that the database holds the settings: the variables are not read again.
 */
@ApplicationScoped
public class FirstPractice {

  private static final Logger LOG = Logger.getLogger(FirstPractice.class.getName());
  public static final String CREATED_BY = PracticeStaffGroup.FROM_ENVIRONMENT;

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Inject
  private Clock clock;

  /** The id the environment names for the first practice. */
  public static PracticeId idFromSystemProperties() {
    String id = System.getProperty("breach.practice.id", "").strip();
    if (id.isEmpty()) {
      return new PracticeId("practice");
    }
    if (!PracticeId.valid(id)) {
      throw new IllegalStateException("BREACH_PRACTICE_ID " + PracticeId.RULE_TEXT + ", not '" + id + "'");
    }
    return new PracticeId(id);
  }

  /**
   * Creates the first practice if there is none, and gives it every incident without a practice.
   *
   * @return the practice created, or empty if there already was one
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<PracticeId> createIfNone() {
    long practices = entityManager.createQuery("select count(p) from Practice p", Long.class).getSingleResult();
    if (practices > 0) {
      return Optional.empty();
    }
    PracticeId id = idFromSystemProperties();
    SecretBox secrets = SecretBox.fromSystemProperties();
    Practice practice = new Practice(id, profileFromSystemProperties(id), CREATED_BY, clock.instant());
    DirectorySettings directory = DirectorySettings.fromSystemProperties();
    if (directory.kind() != DirectorySettings.Kind.NONE) {
      practice.connectDirectory(new DirectoryConnection(directory.kind().name(), directory.url(), directory.bindDn(),
              directory.baseDn(), directory.quarantineOu(), directory.quarantineGroup(), directory.caCertificate()),
          directory.bindPassword().isEmpty() ? null : secrets.seal(id, directory.bindPassword()));
    }
    EdrSettings edr = EdrSettings.fromSystemProperties();
    if (edr.kind() != EdrSettings.Kind.NONE) {
      practice.connectEdr(new EdrConnection(edr.kind().name(), edr.apiBase().toString(), edr.tokenUrl().toString(),
              null, edr.clientId()),
          edr.clientSecret().isEmpty() ? null : secrets.seal(id, edr.clientSecret()));
    }
    entityManager.persist(practice);
    entityManager.flush();
    int incidents = entityManager.createNativeQuery("update incident set practice_id = ?1 where practice_id is null")
        .setParameter(1, id.value())
        .executeUpdate();
    LOG.info(() -> "Created the first practice '" + id + "' from the environment; " + incidents
        + " incidents recorded before practices existed are now its own");
    return Optional.of(id);
  }

  private static PracticeProfile profileFromSystemProperties(PracticeId id) {
    String name = property("legal-name");
    return new PracticeProfile(name == null ? id.value() : name, property("postal-address"),
        property("toll-free-number"), property("email"), property("website"), property("privacy-officer"),
        PracticeClock.zoneFromSystemProperties().getId(), null);
  }

  private static String property(String name) {
    String value = System.getProperty("breach.practice." + name, "").strip();
    return value.isEmpty() ? null : value;
  }
}
