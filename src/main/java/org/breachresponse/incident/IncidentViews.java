package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.breachresponse.process.IncidentReference;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Assembles an incident's detail from our tables, the engine's open tasks and other capabilities' sections. */
@ApplicationScoped
class IncidentViews {

  @Inject
  private OpenTasks openTasks;

  @Inject
  private Instance<IncidentDetailSection> sections;

  @Inject
  private IncidentService incidentService;

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  /**
   * Read in a transaction of its own that writes nothing: Hibernate then neither flushes before each query nor
   * checks every row it loaded for changes at the end. An incident at a provider's scale loads 1,200 containment
   * targets and their actions, and an IT responder's page asks for it every few seconds during a containment
   * (docs/benchmarks.md, containment fan-out).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  IncidentView byReference(IncidentReference reference) {
    Session session = entityManager.unwrap(Session.class);
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    return of(incidentService.get(reference));
  }

  @Transactional
  IncidentPage page(int page, int size, String recordedBy) {
    return new IncidentPage(incidentService.list(page, size, recordedBy).stream().map(IncidentSummary::of).toList(),
        page, size, incidentService.count(recordedBy));
  }

  private IncidentView of(Incident incident) {
    Map<String, Object> extra = new LinkedHashMap<>();
    sections.forEach(section -> extra.put(section.key(), section.describe(incident).orElse(null)));
    IncidentView.PracticeView practice = incident.practiceId() == null ? null : new IncidentView.PracticeView(
        incident.practiceId(), incidentService.practiceName(incident.practiceId()).orElse(incident.practiceId()));
    return new IncidentView(incident.reference(), practice, incident.phase(), incident.activePhases(), report(incident), triage(incident),
        scope(incident), incident.closedAt() == null ? null : new IncidentView.Closing(incident.closedBy(), incident.closedAt()),
        openTasks.of(incident.reference()), extra);
  }

  private static IncidentView.Report report(Incident incident) {
    return new IncidentView.Report(incident.reportedBy(), incident.recordedBy(), incident.reportedAt(),
        incident.discoveryDate(), incident.signs(), incident.otherSigns(), incident.description());
  }

  private static IncidentView.Triage triage(Incident incident) {
    return incident.triageDecision() == null ? null : new IncidentView.Triage(incident.triageDecision(),
        incident.triageReason(), incident.triagedBy(), incident.triagedAt());
  }

  private static IncidentView.ScopeView scope(Incident incident) {
    if (incident.scopedAt() == null) {
      return null;
    }
    Map<UsJurisdiction, Integer> byState = incident.affectedPopulations().stream().collect(Collectors.toMap(
        AffectedPopulation::jurisdiction, AffectedPopulation::individuals, Integer::sum, TreeMap::new));
    return new IncidentView.ScopeView(
        incident.affectedMachines().stream().map(AffectedMachine::hostname).toList(),
        incident.compromisedAccounts().stream().map(CompromisedAccount::userName).toList(),
        incident.dataTypes(), incident.howItHappened(), incident.suspects(), byState, incident.totalIndividuals(),
        incident.encryptedKeySafe(), incident.scopedBy(), incident.scopedAt());
  }
}
