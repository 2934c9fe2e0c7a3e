package org.breachresponse.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.breachresponse.input.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;

/**
 * The practices of this installation, as the current caller may reach them ({@link PracticeMembership}).
 * A practice the caller does not belong to is answered exactly like one that does not exist.
 */
@ApplicationScoped
public class Practices {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Inject
  private IdentityService identityService;

  /** Whatever the caller: for steps the engine takes and for building a practice's adapters. */
  public Optional<Practice> find(PracticeId id) {
    return Optional.ofNullable(entityManager.find(Practice.class, id.value()));
  }

  /** Every practice, for the engine's start-up work. */
  public List<Practice> all() {
    return entityManager.createQuery("select p from Practice p order by p.createdAt, p.id", Practice.class)
        .getResultList();
  }

  /** The practice {@code id}, if the caller belongs to it; else a 404 naming {@code field}. */
  public Practice reachable(String field, String id) {
    if (id == null || !PracticeId.valid(id) || !membership().reaches(id)) {
      throw new PracticeNotFoundException(field, id);
    }
    return find(new PracticeId(id)).orElseThrow(() -> new PracticeNotFoundException(field, id));
  }

  /** Every practice the caller belongs to (every one for an administrator), by name. */
  public List<Practice> reachable() {
    Set<String> only = membership().restriction();
    if (only != null && only.isEmpty()) {
      return List.of();
    }
    return entityManager.createQuery("select p from Practice p where (:all = true or p.id in :ids) order by p.name, p.id",
            Practice.class)
        .setParameter("all", only == null)
        .setParameter("ids", only == null ? Set.of("") : only)
        .getResultList();
  }

  /**
   * The practice a new incident is reported for: the one named, which the caller must belong to and which
   * must be active; if none is named, the caller's only practice.
   *
   * @throws InvalidInputException      naming {@code practice} when the caller belongs to several and named none
   * @throws NotInAnyPracticeException  when the caller belongs to none
   * @throws PracticeNotFoundException  when the named one is unknown to the caller
   * @throws PracticeInactiveException  when it is deactivated
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Practice forNewIncident(String requested) {
    Practice practice;
    if (requested == null || requested.isBlank()) {
      List<Practice> candidates = reachable().stream().filter(Practice::active).toList();
      if (candidates.isEmpty()) {
        PracticeMembership membership = membership();
        if (!membership.everyPractice() && membership.practiceIds().isEmpty()) {
          throw new NotInAnyPracticeException(identityService.getCurrentAuthentication().getUserId());
        }
        List<Practice> inactive = reachable();
        if (inactive.size() == 1) {
          throw new PracticeInactiveException("practice", inactive.get(0).id());
        }
        throw new InvalidInputException("practice", "is required: no active practice");
      }
      if (candidates.size() > 1) {
        throw new InvalidInputException("practice", "is required: you belong to several practices ("
            + String.join(", ", candidates.stream().map(p -> p.id().value()).toList()) + ")");
      }
      practice = candidates.get(0);
    } else {
      practice = reachable("practice", requested.strip());
    }
    if (!practice.active()) {
      throw new PracticeInactiveException("practice", practice.id());
    }
    return practice;
  }

  /**
   * Whether the caller reaches every practice of the installation: an administrator, or a member of each one
   * (as every staff member of a one-practice installation is).
   */
  public boolean callerReachesEveryPractice() {
    PracticeMembership membership = membership();
    return membership.everyPractice() || all().stream().allMatch(practice -> membership.reaches(practice.id().value()));
  }

  public PracticeMembership membership() {
    return PracticeMembership.current(identityService);
  }
}
