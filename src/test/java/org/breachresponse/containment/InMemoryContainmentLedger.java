package org.breachresponse.containment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.process.IncidentReference;

/**
 * The containment ledger on lists, for the engine path tests: targets and their rules are the real
 * entities; transactions of their own are the in-server tests' business.
 */
public class InMemoryContainmentLedger extends ContainmentLedger {

  private final List<ContainmentTarget> targets = new ArrayList<>();
  private final List<ContainmentAction> actions = new ArrayList<>();
  private final List<EntryPointReview> reviews = new ArrayList<>();
  private final List<EvidenceItem> evidence = new ArrayList<>();
  private final List<CustodyTransfer> custody = new ArrayList<>();
  /** By target object (the engine path tests' targets have no ids), then by action and adapter. */
  private final Map<ContainmentTarget, Map<String, String>> intents = new IdentityHashMap<>();

  @Override
  public void add(ContainmentTarget target) {
    targets.add(target);
  }

  @Override
  public void add(ContainmentAction action) {
    actions.add(action);
  }

  @Override
  public void add(EntryPointReview review) {
    reviews.add(review);
  }

  @Override
  public void add(EvidenceItem item) {
    evidence.add(item);
  }

  @Override
  public void add(CustodyTransfer transfer) {
    custody.add(transfer);
  }

  private boolean loseNextSuccess;

  /**
   * The next success is not recorded and the job fails, as when the node dies after the directory write
   * and before the transaction that records it commits.
   */
  public void loseNextSuccess() {
    loseNextSuccess = true;
  }

  @Override
  public void recordAttempt(ContainmentTarget target, Attempt attempt, TargetStatus statusAfter) {
    if (loseNextSuccess && attempt.outcome() == Outcome.SUCCEEDED) {
      loseNextSuccess = false;
      throw new IllegalStateException("The node died before the success of " + attempt.action() + " was committed");
    }
    ContainmentAction row = attempt.toRow(target, "engine");
    actions.add(row);
    if (row.done()) {
      steps(target).remove(attempt.action() + "/" + attempt.adapter());
    }
    if (statusAfter != null && target.status() != statusAfter) {
      target.moveTo(statusAfter);
    }
  }

  @Override
  public void recordIntent(ContainmentTarget target, ActionType action, Adapter adapter, String stamp) {
    steps(target).put(action + "/" + adapter, stamp);
  }

  @Override
  public Optional<String> intent(ContainmentTarget target, ActionType action, Adapter adapter) {
    return Optional.ofNullable(steps(target).get(action + "/" + adapter));
  }

  private Map<String, String> steps(ContainmentTarget target) {
    return intents.computeIfAbsent(target, t -> new HashMap<>());
  }

  @Override
  public void moveTo(ContainmentTarget target, TargetStatus status) {
    target.moveTo(status);
  }

  @Override
  public Optional<ContainmentTarget> target(IncidentReference reference, TargetKind kind, String name) {
    return targets.stream().filter(t -> t.incident().reference().equals(reference) && t.kind() == kind
        && t.name().equals(name)).findFirst();
  }

  @Override
  public List<ContainmentTarget> targets(IncidentReference reference) {
    List<ContainmentTarget> machinesFirst = new ArrayList<>();
    targets.stream().filter(t -> t.incident().reference().equals(reference) && t.kind() == TargetKind.MACHINE)
        .forEach(machinesFirst::add);
    targets.stream().filter(t -> t.incident().reference().equals(reference) && t.kind() == TargetKind.ACCOUNT)
        .forEach(machinesFirst::add);
    return machinesFirst;
  }

  @Override
  public List<ContainmentTarget> targets(IncidentReference reference, TargetKind kind, int first, int size) {
    return targets(reference).stream().filter(t -> t.kind() == kind).skip(first).limit(size).toList();
  }

  @Override
  public List<ContainmentAction> actions(ContainmentTarget target) {
    return actions.stream().filter(a -> a.target() == target).toList();
  }

  @Override
  public List<ContainmentAction> actions(IncidentReference reference) {
    return actions.stream().filter(a -> a.target().incident().reference().equals(reference)).toList();
  }

  @Override
  public Optional<EntryPointReview> entryPointReview(IncidentReference reference) {
    return reviews.stream().filter(r -> r.incident().reference().equals(reference)).findFirst();
  }

  @Override
  public List<EvidenceItem> evidence(IncidentReference reference) {
    return evidence.stream().filter(e -> e.target().incident().reference().equals(reference)).toList();
  }

  @Override
  public Optional<EvidenceItem> evidenceItem(IncidentReference reference, long id) {
    return evidence(reference).stream().filter(e -> e.id() != null && e.id() == id).findFirst();
  }

  @Override
  public List<CustodyTransfer> custody(IncidentReference reference) {
    return custody.stream().filter(c -> c.item().target().incident().reference().equals(reference)).toList();
  }
}
