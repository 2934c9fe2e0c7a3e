package org.breachresponse.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Creates practices and changes their profile and whether they take new incidents. A practice and its Camunda
 * tenant are written in one transaction. A practice is never deleted: its records are kept six years
 * (45 CFR 164.530(j)(2)); it is deactivated instead.
 */
@ApplicationScoped
public class PracticeAdministration {

  private static final Logger LOG = Logger.getLogger(PracticeAdministration.class.getName());

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Inject
  private Practices practices;

  @Inject
  private PracticeTenants tenants;

  @Inject
  private Clock clock;

  @Inject
  private Event<PracticeCreated> practiceCreated;

  /** A new practice with its tenant; 409 naming {@code id} if the id is taken. */
  @Transactional
  public Practice create(PracticeId id, PracticeProfile profile, String createdBy) {
    if (practices.find(id).isPresent()) {
      throw PracticeConflictException.idTaken(id);
    }
    Practice practice = new Practice(id, profile, createdBy, clock.instant());
    entityManager.persist(practice);
    entityManager.flush();
    tenants.ensureTenant(practice);
    practiceCreated.fire(new PracticeCreated(id));
    LOG.info(() -> "Practice '" + id + "' created by " + createdBy);
    return practice;
  }

  /**
   * The practice {@code id} with the profile {@code profile} (404 naming {@code id} for a practice the caller
   * does not belong to); its tenant is renamed with it.
   *
   * @param expectedVersion the version the change was made on, or null: the last change wins
   * @param mayChangeStaffGroup whether the caller administers practices; if not, the staff group must stay
   */
  @Transactional
  public Practice change(String id, PracticeProfile profile, Integer expectedVersion, boolean mayChangeStaffGroup,
      String changedBy) {
    Practice practice = practices.reachable("id", id);
    if (expectedVersion != null && expectedVersion != practice.version()) {
      throw PracticeConflictException.changedSince(practice.id(), practice.version());
    }
    if (!mayChangeStaffGroup && !Objects.equals(profile.staffGroup(), practice.profile().staffGroup())) {
      throw new PracticeAdminOnlyException("staffGroup", "Only an administrator may change the staff group: it"
          + " decides who belongs to the practice");
    }
    practice.change(profile);
    entityManager.flush();
    tenants.ensureTenant(practice);
    LOG.info(() -> "Practice '" + id + "' profile changed by " + changedBy);
    return practice;
  }

  /** The practice takes no new incident from now on; its incidents go on and stay readable. */
  @Transactional
  public Practice deactivate(String id, String by) {
    Practice practice = practices.reachable("id", id);
    if (practice.active()) {
      practice.deactivate();
      entityManager.flush();
      LOG.info(() -> "Practice '" + id + "' deactivated by " + by);
    }
    return practice;
  }

  /** The practice takes new incidents again. */
  @Transactional
  public Practice activate(String id, String by) {
    Practice practice = practices.reachable("id", id);
    if (!practice.active()) {
      practice.activate();
      entityManager.flush();
      LOG.info(() -> "Practice '" + id + "' activated again by " + by);
    }
    return practice;
  }
}
