package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.containment.AdapterAttempts.Step;
import org.breachresponse.containment.ContainmentAdapters.Configured;
import org.breachresponse.directory.Directory;
import org.breachresponse.directory.MachinePlace;
import org.breachresponse.incident.AccountName;
import org.breachresponse.incident.Hostname;
import org.breachresponse.process.IncidentReference;

/**
 * What the engine itself does to a target through its incident's practice's directory and EDR: isolate, reset,
 * restore, retire. Each is idempotent and skips what an earlier attempt did, so a retried job repeats
 * nothing that worked (docs/adr/0006-containment-fan-out.md).
 */
@ApplicationScoped
public class AdapterActions {

  /** The note on a success that an earlier, interrupted attempt wrote and this one found and recorded. */
  static final String WRITTEN_BEFORE = "written by an attempt interrupted before it was recorded; not written again";

  private ContainmentService containment;
  private ContainmentLedger ledger;
  private ContainmentAdapters adapters;
  private AdapterAttempts attempts;
  private PracticeClock clock;

  protected AdapterActions() {
  }

  @Inject
  public AdapterActions(ContainmentService containment, ContainmentLedger ledger, ContainmentAdapters adapters,
      PracticeClock clock) {
    this.containment = containment;
    this.ledger = ledger;
    this.adapters = adapters;
    this.attempts = new AdapterAttempts(ledger, clock);
    this.clock = clock;
  }

  /**
   * Isolates the machine through the directory and then the EDR, skipping what an earlier attempt did.
   *
   * @throws TargetNeedsPersonException when no adapter is configured or one does not know the machine
   */
  public void isolate(IncidentReference reference, String machine) {
    isolate(containment.target(reference, TargetKind.MACHINE, machine));
  }

  /** {@link #isolate(IncidentReference, String)} for a target already read, as a batch has it. */
  public void isolate(ContainmentTarget target) {
    if (target.status().contained()) {
      return;
    }
    IncidentReference reference = target.incident().reference();
    String practice = target.incident().practiceId();
    Hostname hostname = new Hostname(target.name());
    List<Step> steps = new ArrayList<>();
    adapters.directory(practice).ifPresent(directory -> steps.add(new Step(ActionType.ISOLATE, directory.name(),
        start -> isolateOnce(target, directory, hostname, start))));
    adapters.endpointProtection(practice).ifPresent(edr -> steps.add(new Step(ActionType.ISOLATE, edr.name(), start -> {
      edr.adapter().isolate(hostname, "Breach Response " + reference);
      return Attempt.of(ActionType.ISOLATE, edr.name(), Outcome.SUCCEEDED, null, start, clock.now());
    })));
    attempts.run(target, ledger.actions(target), steps, "isolate", TargetStatus.CONTAINED);
  }

  /**
   * Isolates the machine in the directory at most once across attempts and nodes: unless it is isolated already,
   * its place and flags are committed as an intent before the write. An attempt that finds an earlier attempt's
   * intent (that one died or lost the answer before its success was recorded) takes the machine's original place
   * and flags from it, for the restore: found isolated, the earlier isolation reached the directory and is
   * recorded as this attempt's success without isolating again; found not (or not wholly) isolated, it is
   * isolated now. Without an intent, a machine found isolated was isolated before the engine came to it.
   */
  private Attempt isolateOnce(ContainmentTarget target, Configured<Directory> directory, Hostname hostname,
      Instant start) {
    Optional<String> intent = ledger.intent(target, ActionType.ISOLATE, directory.name());
    MachinePlace now = directory.adapter().place(hostname);
    if (intent.isEmpty()) {
      if (!now.isolated()) {
        ledger.recordIntent(target, ActionType.ISOLATE, directory.name(), IsolationIntent.stamp(now));
      }
      return Attempt.isolated(directory.name(), directory.adapter().isolate(hostname), start, clock.now());
    }
    String quarantinedDn = now.isolated() ? now.dn() : directory.adapter().isolate(hostname).quarantinedDn();
    String note = now.isolated() ? WRITTEN_BEFORE : null;
    return new Attempt(ActionType.ISOLATE, directory.name(), Outcome.SUCCEEDED, note, start, clock.now(),
        IsolationIntent.isolation(hostname.value(), intent.get(), quarantinedDn));
  }

  /** Forces a password reset through the directory; the new password is never known to anyone. */
  public void resetPassword(IncidentReference reference, String account) {
    resetPassword(containment.target(reference, TargetKind.ACCOUNT, account));
  }

  /** {@link #resetPassword(IncidentReference, String)} for a target already read, as a batch has it. */
  public void resetPassword(ContainmentTarget target) {
    if (target.status().contained()) {
      return;
    }
    AccountName name = new AccountName(target.name());
    List<Step> steps = new ArrayList<>();
    adapters.directory(target.incident().practiceId()).ifPresent(directory -> steps.add(new Step(ActionType.RESET_PASSWORD, directory.name(),
        start -> resetOnce(target, directory, name, start))));
    attempts.run(target, ledger.actions(target), steps, "reset the password of", TargetStatus.CONTAINED);
  }

  /**
   * Writes the password at most once across attempts and nodes: the directory's password-write stamp is
   * committed as an intent before the write. An attempt that finds an earlier attempt's intent (that one died
   * or lost the answer before its success was recorded) asks the directory whether a reset was written since
   * that stamp: yes, the earlier write reached the directory and is recorded as this attempt's success without
   * writing again; no (nothing written, or the password changed since by someone else, who may hold the stolen
   * one), the password is written now, under a fresh intent.
   */
  private Attempt resetOnce(ContainmentTarget target, Configured<Directory> directory, AccountName name,
      Instant start) {
    Optional<String> before = ledger.intent(target, ActionType.RESET_PASSWORD, directory.name());
    if (before.isPresent() && directory.adapter().resetSince(name, before.get())) {
      return Attempt.of(ActionType.RESET_PASSWORD, directory.name(), Outcome.SUCCEEDED, WRITTEN_BEFORE, start,
          clock.now());
    }
    directory.adapter().forcePasswordReset(name,
        stamp -> ledger.recordIntent(target, ActionType.RESET_PASSWORD, directory.name(), stamp));
    return Attempt.of(ActionType.RESET_PASSWORD, directory.name(), Outcome.SUCCEEDED, null, start, clock.now());
  }

  /**
   * Undoes every isolation the engine made, once the machine is verified clean: the directory entry goes
   * back to its place and flags, the EDR releases it.
   *
   * @throws TargetNeedsPersonException when a person isolated it by hand, or the engine found it already
   *     isolated and so cannot know its earlier place and flags: a person reconnects it
   */
  public void restore(IncidentReference reference, String machine) {
    ContainmentTarget target = containment.target(reference, TargetKind.MACHINE, machine);
    if (target.status() == TargetStatus.RESTORED || target.status() == TargetStatus.RETIRED) {
      return;
    }
    if (!target.readyToReturn()) {
      throw new IllegalStateException(machine + " is not verified clean; it stays isolated");
    }
    List<ContainmentAction> actions = ledger.actions(target);
    List<ContainmentAction> isolations = isolationsDone(actions);
    if (isolations.isEmpty() && target.status() == TargetStatus.LEFT_AS_IS) {
      ledger.recordAttempt(target, Attempt.recorded(ActionType.RESTORE, Adapter.PERSON, Outcome.ALREADY_DONE,
          "never taken offline (left as it is when contained)", clock.now()), TargetStatus.RESTORED);
      return;
    }
    if (isolations.isEmpty()) {
      ledger.moveTo(target, TargetStatus.NEEDS_PERSON);
      throw new TargetNeedsPersonException(machine + " was isolated by hand: reconnect it by hand");
    }
    String practice = target.incident().practiceId();
    Optional<Configured<Directory>> directory = adapters.directory(practice);
    Optional<ContainmentAction> directoryIsolation = directory.flatMap(configured -> isolations.stream()
        .filter(a -> a.adapter() == configured.name() && a.isolation() != null).findFirst());
    if (directoryIsolation.map(a -> a.isolation().wasAlreadyIsolated()).orElse(false)) {
      ledger.recordAttempt(target, Attempt.recorded(ActionType.RESTORE, directoryIsolation.get().adapter(),
          Outcome.LEFT_AS_IS, "found already isolated, so its earlier place and flags are unknown", clock.now()),
          TargetStatus.NEEDS_PERSON);
      throw new TargetNeedsPersonException(machine + " was found already isolated in the directory: restore it by hand");
    }
    Hostname hostname = new Hostname(machine);
    List<Step> steps = new ArrayList<>();
    directoryIsolation.ifPresent(isolated -> steps.add(new Step(ActionType.RESTORE, isolated.adapter(), start -> {
      directory.orElseThrow().adapter().restore(isolated.isolation());
      return Attempt.of(ActionType.RESTORE, isolated.adapter(), Outcome.SUCCEEDED, null, start, clock.now());
    })));
    adapters.endpointProtection(practice)
        .filter(edr -> isolations.stream().anyMatch(a -> a.adapter() == edr.name()))
        .ifPresent(edr -> steps.add(new Step(ActionType.RESTORE, edr.name(), start -> {
          edr.adapter().release(hostname, "Breach Response " + reference + ": verified clean");
          return Attempt.of(ActionType.RESTORE, edr.name(), Outcome.SUCCEEDED, null, start, clock.now());
        })));
    attempts.run(target, actions, steps, "restore", TargetStatus.RESTORED);
  }

  /** A replaced machine never comes back: its directory entry stays disabled in quarantine. */
  public void retire(IncidentReference reference, String machine) {
    ContainmentTarget target = containment.target(reference, TargetKind.MACHINE, machine);
    if (target.status() == TargetStatus.RETIRED) {
      return;
    }
    List<ContainmentAction> actions = ledger.actions(target);
    if (isolationsDone(actions).isEmpty()) {
      // Held back or handed to a person when contained: nothing automatic touches it, now as then.
      retiredByPerson(target,
          "replaced; it was isolated by hand or left as it was, so its directory entry is left to a person");
      return;
    }
    Optional<Configured<Directory>> directory = adapters.directory(target.incident().practiceId());
    if (directory.isEmpty()) {
      retiredByPerson(target, "replaced; no directory adapter to keep its entry disabled");
      return;
    }
    Hostname hostname = new Hostname(machine);
    Adapter name = directory.get().name();
    attempts.run(target, actions, List.of(new Step(ActionType.RETIRE, name, start -> {
      boolean changed = !directory.get().adapter().isolate(hostname).wasAlreadyIsolated();
      return Attempt.of(ActionType.RETIRE, name, changed ? Outcome.SUCCEEDED : Outcome.ALREADY_DONE, null, start,
          clock.now());
    })), "retire", TargetStatus.RETIRED);
  }

  /** The isolations an adapter carried out; none when the machine was held back or isolated by a person. */
  private static List<ContainmentAction> isolationsDone(List<ContainmentAction> actions) {
    return actions.stream().filter(a -> a.action() == ActionType.ISOLATE && a.done()).toList();
  }

  private void retiredByPerson(ContainmentTarget target, String note) {
    ledger.recordAttempt(target, Attempt.recorded(ActionType.RETIRE, Adapter.PERSON, Outcome.SUCCEEDED, note,
        clock.now()), TargetStatus.RETIRED);
  }
}
