package org.breachresponse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentNotFoundException;
import org.breachresponse.notification.hhs.HhsAnnualLog;
import org.breachresponse.notification.individual.AffectedIndividual;
import org.breachresponse.notification.individual.LetterWording;
import org.breachresponse.notification.obligation.DerivedObligation;
import org.breachresponse.notification.obligation.LawEnforcementDelay;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.process.IncidentReference;

/** Where obligations, law-enforcement delays and substitute notices are kept (our tables, not the engine's). */
@ApplicationScoped
public class NotificationRecords {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  public void add(Object record) {
    entityManager.persist(record);
  }

  public List<NotificationObligation> obligations(IncidentReference reference) {
    return entityManager.createQuery("select o from NotificationObligation o where o.incident.reference = :reference"
            + " order by o.id", NotificationObligation.class)
        .setParameter("reference", reference.value()).getResultList();
  }

  /** Every incident's obligations, for the compliance overview (a practice has a handful of incidents a year). */
  public List<NotificationObligation> allObligations() {
    return entityManager.createQuery("select o from NotificationObligation o join fetch o.incident order by o.id",
        NotificationObligation.class).getResultList();
  }

  public NotificationObligation obligation(long id) {
    NotificationObligation obligation = entityManager.find(NotificationObligation.class, id);
    if (obligation == null) {
      throw IncidentNotFoundException.part("notice", "No notice " + id);
    }
    return obligation;
  }

  public List<LawEnforcementDelay> delays(IncidentReference reference) {
    return entityManager.createQuery("select d from LawEnforcementDelay d where d.incident.reference = :reference"
            + " order by d.id", LawEnforcementDelay.class)
        .setParameter("reference", reference.value()).getResultList();
  }

  public List<SubstituteNotice> substituteNotices(long obligationId) {
    return entityManager.createQuery("select s from SubstituteNotice s where s.obligation.id = :id order by s.id",
            SubstituteNotice.class)
        .setParameter("id", obligationId).getResultList();
  }

  public Optional<SubstituteNotice> substituteNotice(long obligationId, SubstituteNotice.Kind kind) {
    return substituteNotices(obligationId).stream().filter(s -> s.kind() == kind).findFirst();
  }

  public List<AffectedIndividual> individuals(IncidentReference reference) {
    return entityManager.createQuery("select i from AffectedIndividual i where i.incident.reference = :reference"
            + " order by i.id", AffectedIndividual.class)
        .setParameter("reference", reference.value()).getResultList();
  }

  public Optional<AffectedIndividual> individual(IncidentReference reference, long id) {
    return Optional.ofNullable(entityManager.find(AffectedIndividual.class, id))
        .filter(i -> i.incident().reference().equals(reference));
  }

  /** A corrected list replaces the previous one, before any notice went out (the caller checks): one statement. */
  public int removeIndividuals(IncidentReference reference) {
    return entityManager.createQuery("delete from AffectedIndividual i where i.incident ="
            + " (select x from Incident x where x.reference = :reference)")
        .setParameter("reference", reference.value()).executeUpdate();
  }

  public boolean anyIndividualEmailed(IncidentReference reference) {
    return !entityManager.createQuery("select i.id from AffectedIndividual i where i.incident.reference = :reference"
            + " and i.noticeEmailedAt is not null", Long.class)
        .setParameter("reference", reference.value()).setMaxResults(1).getResultList().isEmpty();
  }

  /** Committed at once, whatever happens to the caller's transaction: the e-mail has left. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markEmailed(long individualId, Instant at) {
    entityManager.find(AffectedIndividual.class, individualId).noticeEmailed(at);
  }

  public Optional<LetterWording> wording(IncidentReference reference) {
    return entityManager.createQuery("select w from LetterWording w where w.incident.reference = :reference"
            + " order by w.id desc", LetterWording.class)
        .setParameter("reference", reference.value()).setMaxResults(1).getResultList().stream().findFirst();
  }

  /**
   * Incidents discovered in {@code year} with a federal notice to HHS due after that year ends: the candidates
   * for the annual log of breaches affecting fewer than 500 (45 CFR 164.408(c)). A breach of 500 or more
   * discovered late in the year matches too, as its 60 days run into January; {@link HhsAnnualLog} applies the
   * whole rule, including the count.
   */
  public List<Incident> annualLogCandidates(int year, String practiceId) {
    return entityManager.createQuery("select i from Incident i where i.practiceId = :practice"
            + " and i.discoveryDate between :first and :last"
            + " and exists (select o from NotificationObligation o where o.incident = i and o.recipient = :hhs"
            + " and o.jurisdiction = :federal and o.legalDueDate > :last) order by i.discoveryDate, i.reference",
            Incident.class)
        .setParameter("practice", practiceId)
        .setParameter("first", LocalDate.of(year, Month.JANUARY, 1))
        .setParameter("last", LocalDate.of(year, Month.DECEMBER, 31))
        .setParameter("hhs", Recipient.HHS)
        .setParameter("federal", DerivedObligation.FEDERAL)
        .getResultList();
  }
}
