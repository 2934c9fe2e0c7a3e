package org.breachresponse.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.practice.PracticeTimeZones;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * Recover and fortify: records what the three recovery tasks submit and answers the process's questions
 * about them. Audit entries carry counts and system names, never what was found online.
 */
@ApplicationScoped
@Named
public class RecoveryService {

  private IncidentService incidents;
  private RecoveryRecords records;
  private AuditTrail auditTrail;
  private PracticeClock clock;
  private PracticeTimeZones zones;

  protected RecoveryService() {
  }

  @Inject
  public RecoveryService(IncidentService incidents, RecoveryRecords records, AuditTrail auditTrail,
      PracticeTimeZones zones) {
    this.incidents = incidents;
    this.records = records;
    this.auditTrail = auditTrail;
    this.zones = zones;
    this.clock = zones.server();
  }

  /** The date today where the incident's practice is: no date on a form may be later. */
  LocalDate today(IncidentReference reference) {
    return zones.of(incidents.get(reference).practiceId()).today();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordRestoration(IncidentReference reference, String system, RestorationForm form, String by) {
    Incident incident = recovering(reference);
    records.add(new DataRestoration(incident, system, form, by, clock.now()));
    auditTrail.record(reference, AuditStep.DATA_RESTORED, by, system + ": restored from the backup of " + form.backupTakenOn()
        + (form.notRestored() == null ? ", nothing lost" : ", with data that could not be restored"));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordLeakedDataCheck(IncidentReference reference, LeakedDataForm form, String by) {
    Incident incident = recovering(reference);
    records.add(new LeakedDataCheck(incident, form, by, clock.now()));
    long removed = form.places().stream().filter(place -> place.status() == TakedownStatus.REMOVED).count();
    auditTrail.record(reference, leakedDataStep(form.outcome()), by, "Looked for leaked data: " + form.places().size()
        + " places found, " + removed + " removed" + (form.closedReason() == null ? "" : "; closed with a reason"));
  }

  private static AuditStep leakedDataStep(LeakedDataOutcome outcome) {
    return switch (outcome) {
      case NOTHING_FOUND -> AuditStep.LEAKED_DATA_NOTHING_FOUND;
      case ALL_REMOVED -> AuditStep.LEAKED_DATA_ALL_REMOVED;
      case FOLLOW_UP -> AuditStep.LEAKED_DATA_FOLLOW_UP;
      case CLOSED_WITH_REASON -> AuditStep.LEAKED_DATA_CLOSED_WITH_REASON;
    };
  }

  /**
   * The gateway after each look: done unless the officer asked to look again. Called from the model's
   * expression with the process variable incidentReference, a text.
   */
  public boolean leakedDataSettled(String reference) {
    List<LeakedDataCheck> checks = records.leakedDataChecks(IncidentReference.of(reference));
    return !checks.isEmpty() && checks.get(checks.size() - 1).outcome().settled();
  }

  /** The places as last recorded, one line each, for the task's next round. */
  public String lastLeakedDataPlaces(IncidentReference reference) {
    List<LeakedDataCheck> checks = records.leakedDataChecks(reference);
    return checks.isEmpty() ? "" : checks.get(checks.size() - 1).places().stream()
        .map(place -> place.asLine().format()).collect(Collectors.joining("\n"));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSecurityGaps(IncidentReference reference, List<SecurityGapLine> gaps, String by) {
    Incident incident = recovering(reference);
    Instant now = clock.now();
    int position = records.securityGaps(reference).size();
    for (SecurityGapLine gap : gaps) {
      records.add(new SecurityGap(incident, ++position, gap, by, now));
    }
    auditTrail.record(reference, AuditStep.GAPS_CLOSED, by, gaps.size() + " security gaps closed");
  }

  private Incident recovering(IncidentReference reference) {
    Incident incident = incidents.get(reference);
    if (!incident.isActive(Phase.RECOVER)) {
      throw new IllegalStateException(reference + " is in phase " + incident.phase() + ", not recovering");
    }
    return incident;
  }
}
