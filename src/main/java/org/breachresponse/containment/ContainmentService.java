package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.AffectedMachine;
import org.breachresponse.incident.CompromisedAccount;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.process.IncidentReference;

/**
 * Containment: the approved plan, the engine's isolations and resets through the configured adapters, and
 * what a person does where the engine cannot. The adapters are idempotent and a success is committed as
 * soon as it happens, so a retried job repeats nothing that worked.
 */
@ApplicationScoped
@Named
public class ContainmentService {

  private static final int PLAN_LIST_LENGTH = 1500;
  private static final int TRIED_LENGTH = 3800;

  private IncidentService incidentService;
  private ContainmentLedger ledger;
  private ContainmentAdapters adapters;
  private AuditTrail auditTrail;
  private PracticeClock clock;

  protected ContainmentService() {
  }

  @Inject
  public ContainmentService(IncidentService incidentService, ContainmentLedger ledger, ContainmentAdapters adapters,
      AuditTrail auditTrail, PracticeClock clock) {
    this.incidentService = incidentService;
    this.ledger = ledger;
    this.adapters = adapters;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** Every scoped machine and account becomes a target; the held-back ones wait for a person. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void approve(IncidentReference reference, String holdBackText, String by) {
    Incident incident = incidentService.get(reference);
    if (!ledger.targets(reference).isEmpty()) {
      throw new IllegalStateException(reference + ": containment was already approved");
    }
    List<String> machines = incident.affectedMachines().stream().map(AffectedMachine::hostname).toList();
    List<String> accounts = incident.compromisedAccounts().stream().map(CompromisedAccount::userName).toList();
    List<String> all = new ArrayList<>(machines);
    all.addAll(accounts);
    HoldBacks holdBacks = HoldBacks.parse(holdBackText, all);
    Instant now = clock.now();
    machines.forEach(m -> ledger.add(ContainmentTarget.approve(incident, TargetKind.MACHINE, m, holdBacks.reason(m), by, now)));
    accounts.forEach(a -> ledger.add(ContainmentTarget.approve(incident, TargetKind.ACCOUNT, a, holdBacks.reason(a), by, now)));
    auditTrail.record(reference, AuditStep.CONTAINMENT_APPROVED, by, "Approved isolating " + machines.size()
        + " machines and resetting " + accounts.size() + " accounts; " + holdBacks.size() + " held back");
  }

  /**
   * What {@code Approve containment} shows: the scoped targets and the adapters that will act. Long lists
   * are cut short (a task variable holds at most 4,000 characters); the incident's scope has them all.
   */
  public String planSummary(IncidentReference reference) {
    Incident incident = incidentService.get(reference);
    List<String> machines = incident.affectedMachines().stream().map(AffectedMachine::hostname).toList();
    List<String> accounts = incident.compromisedAccounts().stream().map(CompromisedAccount::userName).toList();
    return "Machines to isolate (" + machines.size() + "): " + shortList(machines)
        + "\nAccounts to reset (" + accounts.size() + "): " + shortList(accounts)
        + "\nDirectory: " + adapters.directory(incident.practiceId()).map(c -> c.name().toString())
            .orElse("none configured, by hand")
        + "\nEDR: " + adapters.endpointProtection(incident.practiceId()).map(c -> c.name().toString())
            .orElse("none configured");
  }

  private static String shortList(List<String> names) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (text.length() + names.get(i).length() > PLAN_LIST_LENGTH) {
        return text + " … and " + (names.size() - i) + " more (see the incident's scope)";
      }
      text.append(i == 0 ? "" : ", ").append(names.get(i));
    }
    return text.toString();
  }

  // Called from the model's expressions with the process variable incidentReference, a text.

  /** Names for the multi-instance steps: {@code ${containmentService.machines(incidentReference)}}. */
  public List<String> machines(String reference) {
    return names(IncidentReference.of(reference), TargetKind.MACHINE);
  }

  public List<String> accounts(String reference) {
    return names(IncidentReference.of(reference), TargetKind.ACCOUNT);
  }

  /**
   * The batches of machines, by number, for {@code SubProcess_IsolateMachines}:
   * {@code ${containmentService.machineBatches(incidentReference)}}; each is one job ({@link ContainmentBatch}).
   */
  public List<Integer> machineBatches(String reference) {
    return ContainmentBatch.numbers(machines(reference).size());
  }

  public List<Integer> accountBatches(String reference) {
    return ContainmentBatch.numbers(accounts(reference).size());
  }

  /** The machines of one batch, in the order of the plan. */
  public List<ContainmentTarget> machineBatch(IncidentReference reference, int batch) {
    return ledger.targets(reference, TargetKind.MACHINE, batch * ContainmentBatch.SIZE, ContainmentBatch.SIZE);
  }

  public List<ContainmentTarget> accountBatch(IncidentReference reference, int batch) {
    return ledger.targets(reference, TargetKind.ACCOUNT, batch * ContainmentBatch.SIZE, ContainmentBatch.SIZE);
  }

  /**
   * The machines the batches left not isolated (held back, unknown to the directory, failed), for
   * {@code SubProcess_IsolateMachine}, which hands each to a person or retries it on its own.
   */
  public List<String> machinesLeft(String reference) {
    return namesLeft(IncidentReference.of(reference), TargetKind.MACHINE);
  }

  public List<String> accountsLeft(String reference) {
    return namesLeft(IncidentReference.of(reference), TargetKind.ACCOUNT);
  }

  /** For the gateways: a held-back target goes straight to a person. */
  public boolean machineNeedsPerson(String reference, String machine) {
    return target(IncidentReference.of(reference), TargetKind.MACHINE, machine).status() == TargetStatus.NEEDS_PERSON;
  }

  public boolean accountNeedsPerson(String reference, String account) {
    return target(IncidentReference.of(reference), TargetKind.ACCOUNT, account).status() == TargetStatus.NEEDS_PERSON;
  }

  /**
   * A person took over where the engine could not or should not act: {@code done} says they isolated,
   * reset or reconnected the target by hand; otherwise they left it as it is, and the notes say why.
   *
   * @param handedOverAt when the task was given to a person: the action's start
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordByPerson(IncidentReference reference, TargetKind kind, String name, ActionType action, boolean done,
      String notes, String by, Instant handedOverAt) {
    ContainmentTarget target = target(reference, kind, name);
    target.handledByPerson(action == ActionType.RESTORE_BY_HAND
        ? (done ? TargetStatus.RESTORED : TargetStatus.LEFT_AS_IS)
        : (done ? TargetStatus.CONTAINED_BY_PERSON : TargetStatus.LEFT_AS_IS), notes, by);
    ledger.add(ContainmentAction.of(target, action, Adapter.PERSON, done ? Outcome.SUCCEEDED : Outcome.LEFT_AS_IS,
        null, by, handedOverAt, clock.now()));
    auditTrail.record(reference, done ? doneByHand(action) : AuditStep.LEFT_AS_IS, by,
        kind + " " + name + (done ? ": " + action + " done by hand" : " left as it is, with the reason recorded"));
  }

  private static AuditStep doneByHand(ActionType action) {
    return switch (action) {
      case ISOLATE_BY_HAND -> AuditStep.ISOLATE_BY_HAND;
      case RESET_BY_HAND -> AuditStep.RESET_BY_HAND;
      case RESTORE_BY_HAND -> AuditStep.RESTORE_BY_HAND;
      default -> throw new IllegalArgumentException(action + " is not done by a person");
    };
  }

  /** What the engine tried for a target, for the person who takes over. */
  public String whatWasTried(IncidentReference reference, TargetKind kind, String name) {
    ContainmentTarget target = target(reference, kind, name);
    StringBuilder text = new StringBuilder();
    if (target.heldBackReason() != null) {
      text.append("Held back by ").append(target.approvedBy()).append(": ").append(target.heldBackReason()).append('\n');
    }
    for (ContainmentAction action : ledger.actions(target)) {
      text.append(action.endedAt()).append(' ').append(action.action()).append(" via ").append(action.adapter())
          .append(": ").append(action.outcome());
      if (action.error() != null) {
        text.append(" - ").append(action.error());
      }
      text.append('\n');
    }
    String practice = target.incident().practiceId();
    if (adapters.directory(practice).isEmpty() && adapters.endpointProtection(practice).isEmpty()) {
      text.append("No directory or EDR adapter is configured for the practice (PUT /practices/{id}/directory, /edr).\n");
    }
    String tried = text.toString().strip();
    return tried.length() <= TRIED_LENGTH ? tried : tried.substring(0, TRIED_LENGTH) + " … (all rows: the incident)";
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEntryPointReview(IncidentReference reference, boolean logsReviewed, boolean remoteAccessRevoked,
      boolean backupsDisconnected, String notes, String by) {
    Incident incident = incidentService.get(reference);
    ledger.add(EntryPointReview.of(incident, logsReviewed, remoteAccessRevoked, backupsDisconnected, notes, by,
        clock.now()));
  }

  public ContainmentTarget target(IncidentReference reference, TargetKind kind, String name) {
    return ledger.target(reference, kind, name).orElseThrow(() ->
        new IllegalStateException(reference + ": " + kind + " " + name + " is not in the approved containment plan"));
  }

  private List<String> namesLeft(IncidentReference reference, TargetKind kind) {
    return ledger.targets(reference).stream().filter(t -> t.kind() == kind && !t.status().contained())
        .map(ContainmentTarget::name).toList();
  }

  private List<String> names(IncidentReference reference, TargetKind kind) {
    return ledger.targets(reference).stream().filter(t -> t.kind() == kind).map(ContainmentTarget::name).toList();
  }

}
