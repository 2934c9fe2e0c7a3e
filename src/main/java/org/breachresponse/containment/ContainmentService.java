package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.containment.ContainmentAdapters.Configured;
import org.breachresponse.directory.EndpointProtection;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.AffectedMachine;
import org.breachresponse.incident.CompromisedAccount;
import org.breachresponse.incident.Hostname;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.incident.Phase;

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
  private AdapterAttempts attempts;

  protected ContainmentService() {
  }

  @Inject
  public ContainmentService(IncidentService incidentService, ContainmentLedger ledger, ContainmentAdapters adapters,
      AuditTrail auditTrail) {
    this.incidentService = incidentService;
    this.ledger = ledger;
    this.adapters = adapters;
    this.auditTrail = auditTrail;
    this.attempts = new AdapterAttempts(ledger, adapters);
  }

  /** Every scoped machine and account becomes a target; the held-back ones wait for a person. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void approve(String reference, String holdBackText, String by) {
    Incident incident = incidentService.get(reference);
    if (!ledger.targets(reference).isEmpty()) {
      throw new IllegalStateException(reference + ": containment was already approved");
    }
    List<String> machines = incident.affectedMachines().stream().map(AffectedMachine::hostname).toList();
    List<String> accounts = incident.compromisedAccounts().stream().map(CompromisedAccount::userName).toList();
    List<String> all = new ArrayList<>(machines);
    all.addAll(accounts);
    HoldBacks holdBacks = HoldBacks.parse(holdBackText, all);
    Instant now = Instant.now();
    machines.forEach(m -> ledger.add(ContainmentTarget.approve(incident, TargetKind.MACHINE, m, holdBacks.reason(m), by, now)));
    accounts.forEach(a -> ledger.add(ContainmentTarget.approve(incident, TargetKind.ACCOUNT, a, holdBacks.reason(a), by, now)));
    auditTrail.record(reference, "CONTAINMENT_APPROVED", by, "Approved isolating " + machines.size()
        + " machines and resetting " + accounts.size() + " accounts; " + holdBacks.size() + " held back");
  }

  /**
   * What {@code Approve containment} shows: the scoped targets and the adapters that will act. Long lists
   * are cut short (a task variable holds at most 4,000 characters); the incident's scope has them all.
   */
  public String planSummary(String reference) {
    Incident incident = incidentService.get(reference);
    List<String> machines = incident.affectedMachines().stream().map(AffectedMachine::hostname).toList();
    List<String> accounts = incident.compromisedAccounts().stream().map(CompromisedAccount::userName).toList();
    return "Machines to isolate (" + machines.size() + "): " + shortList(machines)
        + "\nAccounts to reset (" + accounts.size() + "): " + shortList(accounts)
        + "\nDirectory: " + adapters.directory().map(c -> c.name().toString()).orElse("none configured, by hand")
        + "\nEDR: " + adapters.endpointProtection().map(c -> c.name().toString()).orElse("none configured");
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

  /** Names for the multi-instance steps: {@code ${containmentService.machines(incidentReference)}}. */
  public List<String> machines(String reference) {
    return names(reference, TargetKind.MACHINE);
  }

  public List<String> accounts(String reference) {
    return names(reference, TargetKind.ACCOUNT);
  }

  /** For the gateways: a held-back target goes straight to a person. */
  public boolean machineNeedsPerson(String reference, String machine) {
    return target(reference, TargetKind.MACHINE, machine).status() == TargetStatus.NEEDS_PERSON;
  }

  public boolean accountNeedsPerson(String reference, String account) {
    return target(reference, TargetKind.ACCOUNT, account).status() == TargetStatus.NEEDS_PERSON;
  }

  /**
   * Isolates the machine through the directory and then the EDR, skipping what an earlier attempt did.
   *
   * @throws TargetNeedsPersonException when no adapter is configured or one does not know the machine
   */
  public void isolate(String reference, String machine) {
    ContainmentTarget target = target(reference, TargetKind.MACHINE, machine);
    if (target.status().contained()) {
      return;
    }
    Hostname hostname = new Hostname(machine);
    List<ContainmentAction> earlier = ledger.actions(target);
    List<String> notFound = new ArrayList<>();
    adapters.directory().ifPresent(directory -> attempts.run(target, earlier, ActionType.ISOLATE, directory.name(), notFound,
        start -> Attempt.isolated(directory.name(), directory.adapter().isolate(hostname), start)));
    adapters.endpointProtection().ifPresent(edr -> attempts.run(target, earlier, ActionType.ISOLATE, edr.name(), notFound,
        start -> edrIsolate(edr, hostname, reference, start)));
    attempts.finish(target, notFound, "isolate", TargetStatus.CONTAINED);
  }

  /** Forces a password reset through the directory; the new password is never known to anyone. */
  public void resetPassword(String reference, String account) {
    ContainmentTarget target = target(reference, TargetKind.ACCOUNT, account);
    if (target.status().contained()) {
      return;
    }
    AccountName name = new AccountName(account);
    List<ContainmentAction> earlier = ledger.actions(target);
    List<String> notFound = new ArrayList<>();
    adapters.directory().ifPresent(directory -> attempts.run(target, earlier, ActionType.RESET_PASSWORD, directory.name(),
        notFound, start -> {
          directory.adapter().forcePasswordReset(name);
          return Attempt.of(ActionType.RESET_PASSWORD, directory.name(), Outcome.SUCCEEDED, null, start);
        }));
    attempts.finish(target, notFound, "reset the password of", TargetStatus.CONTAINED);
  }

  /**
   * A person took over where the engine could not or should not act: {@code done} says they isolated,
   * reset or reconnected the target by hand; otherwise they left it as it is, and the notes say why.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordByPerson(String reference, TargetKind kind, String name, ActionType action, boolean done,
      String notes, String by) {
    ContainmentTarget target = target(reference, kind, name);
    target.handledByPerson(action == ActionType.RESTORE_BY_HAND
        ? (done ? TargetStatus.RESTORED : TargetStatus.LEFT_AS_IS)
        : (done ? TargetStatus.CONTAINED_BY_PERSON : TargetStatus.LEFT_AS_IS), notes, by);
    ledger.add(ContainmentAction.of(target, action, Adapter.PERSON, done ? Outcome.SUCCEEDED : Outcome.LEFT_AS_IS,
        null, by, target.approvedAt(), Instant.now()));
    auditTrail.record(reference, done ? action.name() : "LEFT_AS_IS", by,
        kind + " " + name + (done ? ": " + action + " done by hand" : " left as it is, with the reason recorded"));
  }

  /**
   * Undoes every isolation the engine made, once the machine is verified clean: the directory entry goes
   * back to its place and flags, the EDR releases it.
   *
   * @throws TargetNeedsPersonException when a person isolated it by hand: a person reconnects it
   */
  public void restore(String reference, String machine) {
    ContainmentTarget target = target(reference, TargetKind.MACHINE, machine);
    if (target.status() == TargetStatus.RESTORED || target.status() == TargetStatus.RETIRED) {
      return;
    }
    if (!target.readyToReturn()) {
      throw new IllegalStateException(machine + " is not verified clean; it stays isolated");
    }
    List<ContainmentAction> actions = ledger.actions(target);
    List<ContainmentAction> isolations = actions.stream()
        .filter(a -> a.action() == ActionType.ISOLATE && a.done()).toList();
    if (isolations.isEmpty() && target.status() == TargetStatus.LEFT_AS_IS) {
      ledger.recordAttempt(target, Attempt.of(ActionType.RESTORE, Adapter.PERSON, Outcome.ALREADY_DONE,
          "never taken offline (left as it is when contained)", Instant.now()), TargetStatus.RESTORED);
      return;
    }
    if (isolations.isEmpty()) {
      ledger.moveTo(target, TargetStatus.NEEDS_PERSON);
      throw new TargetNeedsPersonException(machine + " was isolated by hand: reconnect it by hand");
    }
    Hostname hostname = new Hostname(machine);
    List<String> notFound = new ArrayList<>();
    adapters.directory().ifPresent(directory -> isolations.stream()
        .filter(a -> a.adapter() == directory.name() && a.isolation() != null).findFirst()
        .ifPresent(isolation -> attempts.run(target, actions, ActionType.RESTORE, directory.name(), notFound, start -> {
          directory.adapter().restore(isolation.isolation());
          return Attempt.of(ActionType.RESTORE, directory.name(),
              isolation.isolation().wasAlreadyIsolated() ? Outcome.ALREADY_DONE : Outcome.SUCCEEDED,
              isolation.isolation().wasAlreadyIsolated()
                  ? "was isolated before this incident; left for whoever isolated it" : null, start);
        })));
    adapters.endpointProtection().ifPresent(edr -> {
      if (isolations.stream().anyMatch(a -> a.adapter() == edr.name())) {
        attempts.run(target, actions, ActionType.RESTORE, edr.name(), notFound, start -> {
          edr.adapter().release(hostname, "Breach Response " + reference + ": verified clean");
          return Attempt.of(ActionType.RESTORE, edr.name(), Outcome.SUCCEEDED, null, start);
        });
      }
    });
    attempts.finish(target, notFound, "restore", TargetStatus.RESTORED);
  }

  /** A replaced machine never comes back: its directory entry stays disabled in quarantine. */
  public void retire(String reference, String machine) {
    ContainmentTarget target = target(reference, TargetKind.MACHINE, machine);
    if (target.status() == TargetStatus.RETIRED) {
      return;
    }
    Hostname hostname = new Hostname(machine);
    List<String> notFound = new ArrayList<>();
    List<ContainmentAction> actions = ledger.actions(target);
    adapters.directory().ifPresent(directory -> attempts.run(target, actions, ActionType.RETIRE, directory.name(),
        notFound, start -> {
          boolean changed = !directory.adapter().isolate(hostname).wasAlreadyIsolated();
          return Attempt.of(ActionType.RETIRE, directory.name(), changed ? Outcome.SUCCEEDED : Outcome.ALREADY_DONE,
              null, start);
        }));
    if (notFound.isEmpty() && adapters.directory().isEmpty()) {
      ledger.recordAttempt(target, Attempt.of(ActionType.RETIRE, Adapter.PERSON, Outcome.SUCCEEDED,
          "replaced; no directory adapter to keep its entry disabled", Instant.now()), null);
    }
    ledger.moveTo(target, TargetStatus.RETIRED);
  }

  /** What the engine tried for a target, for the person who takes over. */
  public String whatWasTried(String reference, TargetKind kind, String name) {
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
    if (adapters.directory().isEmpty() && adapters.endpointProtection().isEmpty()) {
      text.append("No directory or EDR adapter is configured (BREACH_DIRECTORY_KIND, BREACH_EDR_KIND).\n");
    }
    String tried = text.toString().strip();
    return tried.length() <= TRIED_LENGTH ? tried : tried.substring(0, TRIED_LENGTH) + " … (all rows: the incident)";
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEntryPointReview(String reference, boolean logsReviewed, boolean remoteAccessRevoked,
      boolean backupsDisconnected, String notes, String by) {
    Incident incident = incidentService.get(reference);
    ledger.add(EntryPointReview.of(incident, logsReviewed, remoteAccessRevoked, backupsDisconnected, notes, by,
        Instant.now()));
    incidentService.advance(reference, Phase.ERADICATE, by);
  }

  public ContainmentTarget target(String reference, TargetKind kind, String name) {
    return ledger.target(reference, kind, name).orElseThrow(() ->
        new IllegalStateException(reference + ": " + kind + " " + name + " is not in the approved containment plan"));
  }

  private List<String> names(String reference, TargetKind kind) {
    return ledger.targets(reference).stream().filter(t -> t.kind() == kind).map(ContainmentTarget::name).toList();
  }

  private Attempt edrIsolate(Configured<EndpointProtection> edr, Hostname hostname, String reference, Instant start) {
    edr.adapter().isolate(hostname, "Breach Response " + reference);
    return Attempt.of(ActionType.ISOLATE, edr.name(), Outcome.SUCCEEDED, null, start);
  }

}
