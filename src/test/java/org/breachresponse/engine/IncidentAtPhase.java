package org.breachresponse.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.breachresponse.assessment.AssessmentOutcome;
import org.breachresponse.assessment.BreachExclusion;
import org.breachresponse.assessment.FourFactorAssessment;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.assessment.Rating;
import org.breachresponse.assessment.RiskFactor;
import org.breachresponse.containment.ContainmentWiring;
import org.breachresponse.incident.DataType;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.IncidentReport;
import org.breachresponse.incident.ScopeForm;
import org.breachresponse.incident.Sign;
import org.breachresponse.incident.TriageDecision;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.Phase;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * Starts an incident at a phase, for engine tests that do not care how it was identified. What the earlier
 * phases would have recorded (the report, the triage, the scope, and for notification the risk assessment) goes
 * straight into the in-memory services the {@code *Wiring} classes registered; then the process instance is
 * started before the phase's subprocess, whose {@code phaseListener} enters the phase as it does in production.
 * The process variables are the ones the earlier steps would have kept ({@link ProcessVariables#KEPT}).
 */
final class IncidentAtPhase {

  private final ProcessEngine engine;
  private final InMemoryIncidentService incidents;
  private LocalDate discovered = LocalDate.now(ZoneOffset.UTC).minusDays(1);
  private String machines = "ws-01";
  private String accounts = "jdoe";
  private String residents = "TX 300";

  IncidentAtPhase(ProcessEngine engine, InMemoryIncidentService incidents) {
    this.engine = engine;
    this.incidents = incidents;
  }

  /** The day the breach was discovered; yesterday unless set. */
  IncidentAtPhase discovered(LocalDate day) {
    discovered = day;
    return this;
  }

  /** The scope as {@code Scope the breach} takes it: one machine, account or "state count" per line. */
  IncidentAtPhase scope(String affectedMachines, String compromisedAccounts, String residentsByState) {
    machines = affectedMachines;
    accounts = compromisedAccounts;
    residents = residentsByState;
    return this;
  }

  /**
   * Where scoping the breach leaves it: {@code Approve containment} waits in the contain phase while the privacy
   * officer's {@code Assess the risk} waits in the identify phase.
   */
  ProcessInstance containing() {
    IncidentReference reference = scoped();
    return start(reference, "it-responder").startBeforeActivity(BreachResponseProcess.PHASE_CONTAIN)
        .startBeforeActivity(BreachResponseProcess.TASK_ASSESS_RISK).execute();
  }

  /**
   * Assessed as a notifiable breach: the notify phase begins with the asynchronous {@code Derive notification
   * obligations} while {@code Approve containment} waits in the contain phase.
   */
  ProcessInstance notifying(InMemoryRiskAssessmentService assessments) {
    IncidentReference reference = scoped();
    assessments.record(reference, notifiableAssessment(), Set.of(), "officer");
    incidents.phaseEnded(reference, Phase.IDENTIFY);
    return start(reference, "officer").setVariable(ProcessVariables.IS_NOTIFIABLE, true)
        .startBeforeActivity(BreachResponseProcess.PHASE_CONTAIN)
        .startBeforeActivity(BreachResponseProcess.PHASE_NOTIFY).execute();
  }

  /**
   * Assessed as needing no notice, contained and the threat removed from every machine: the recover phase
   * begins, its parallel tasks open, and the settled notifications wait at {@code Gateway_ReadyToClose} for the
   * review. The containment ledger holds the approved targets, whose machines the recovery tasks are made for.
   */
  ProcessInstance recovering(ContainmentWiring containment) {
    IncidentReference reference = scoped();
    incidents.phaseEnded(reference, Phase.IDENTIFY);
    containment.containment.approve(reference, "", "it-responder");
    for (Phase done : List.of(Phase.CONTAIN, Phase.ERADICATE)) {
      incidents.phaseStarted(reference, done);
      incidents.phaseEnded(reference, done);
    }
    return start(reference, "it-responder").setVariable(ProcessVariables.IS_NOTIFIABLE, false)
        .startBeforeActivity(BreachResponseProcess.PHASE_RECOVER_AND_FORTIFY)
        .startBeforeActivity(BreachResponseProcess.GATEWAY_NOTIFICATIONS_SETTLED).execute();
  }

  /** Reported by the front desk, confirmed and scoped by an IT responder, on record; returns the reference. */
  private IncidentReference scoped() {
    IncidentReference reference = incidents.register(new IncidentReport("Maria, reception", discovered,
        List.of(Sign.UNUSUAL_NETWORK_ACTIVITY), null, "A ransom note on the reception PC"), "front-desk").reference();
    incidents.triage(reference, TriageDecision.CONFIRMED, "Ransom note", "it-responder");
    incidents.recordScope(reference, new ScopeForm(machines, accounts, EnumSet.of(DataType.NAMES),
        "Phishing e-mail opened at reception", null, residents, false).toScope(), "it-responder");
    return reference;
  }

  /** Started as {@code lastToAct}, who stays the authenticated user as after that person's step. */
  private ProcessInstantiationBuilder start(IncidentReference reference, String lastToAct) {
    engine.getIdentityService().setAuthenticatedUserId(lastToAct);
    return engine.getRuntimeService().createProcessInstanceByKey(BreachResponseProcess.KEY).businessKey(reference.value())
        .setVariable(ProcessVariables.INCIDENT_REFERENCE, reference.value())
        .setVariable(ProcessVariables.BREACH_CONFIRMED, true);
  }

  private static FourFactorAssessment notifiableAssessment() {
    RiskFactor high = new RiskFactor(Rating.HIGH, "Names were readable by the attacker");
    return new FourFactorAssessment(BreachExclusion.NONE, high, high, high, high, AssessmentOutcome.NOTIFIABLE_BREACH,
        "Names and X-rays were readable by the attacker");
  }
}
