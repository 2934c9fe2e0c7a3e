package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentDetailSection;
import org.breachresponse.process.IncidentReference;

/**
 * The {@code containment} part of an incident's detail: progress while the fan-out runs (e.g. "143 of 200
 * machines isolated, 2 failed"), each target with its eradication, every action row, the entry point
 * review and the evidence with its chain of custody.
 */
@ApplicationScoped
public class ContainmentSection implements IncidentDetailSection {

  @Inject
  private ContainmentLedger ledger;

  @Override
  public String key() {
    return "containment";
  }

  @Override
  public Optional<ContainmentView> describe(Incident incident) {
    IncidentReference reference = incident.reference();
    List<ContainmentTarget> targets = ledger.targets(reference);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, List<CustodyTransfer>> custody = ledger.custody(reference).stream()
        .collect(Collectors.groupingBy(c -> c.item().id()));
    return Optional.of(new ContainmentView(
        Progress.of(targets, TargetKind.MACHINE, "machines", "isolated"),
        Progress.of(targets, TargetKind.ACCOUNT, "accounts", "reset"),
        targets.stream().map(TargetView::of).toList(),
        ledger.actions(reference).stream().map(ActionView::of).toList(),
        ledger.entryPointReview(reference).map(ReviewView::of).orElse(null),
        ledger.evidence(reference).stream().map(e -> EvidenceView.of(e, custody.getOrDefault(e.id(), List.of()))).toList()));
  }

  /** How containment reads in the API. */
  public record ContainmentView(Progress machines, Progress accounts, List<TargetView> targets,
      List<ActionView> actions, ReviewView entryPointReview, List<EvidenceView> evidence) {
  }

  /**
   * Counts by where each target stands; {@code summary} says it in a sentence.
   *
   * @param contained isolated or reset, by the engine or by hand (and since restored or retired)
   */
  public record Progress(int total, long contained, long failing, long waitingForPerson, long leftAsIs, long pending,
      String summary) {

    static Progress of(List<ContainmentTarget> targets, TargetKind kind, String noun, String verb) {
      Map<TargetStatus, Long> counts = targets.stream().filter(t -> t.kind() == kind)
          .collect(Collectors.groupingBy(ContainmentTarget::status, Collectors.counting()));
      int total = counts.values().stream().mapToInt(Long::intValue).sum();
      long contained = counts.entrySet().stream().filter(e -> e.getKey().contained()).mapToLong(Map.Entry::getValue).sum();
      long failing = counts.getOrDefault(TargetStatus.FAILING, 0L);
      long person = counts.getOrDefault(TargetStatus.NEEDS_PERSON, 0L);
      long left = counts.getOrDefault(TargetStatus.LEFT_AS_IS, 0L);
      long pending = counts.getOrDefault(TargetStatus.PENDING, 0L);
      String summary = contained + " of " + total + " " + noun + " " + verb + ", " + failing + " failed, "
          + person + " waiting for a person, " + left + " left as they are";
      return new Progress(total, contained, failing, person, left, pending, summary);
    }
  }

  /** One machine or account, with its way back for machines. */
  public record TargetView(TargetKind kind, String name, TargetStatus status, String heldBackReason, String approvedBy,
      Instant approvedAt, String handledByPerson, String personNotes, Eradication eradication) {

    static TargetView of(ContainmentTarget t) {
      Eradication eradication = t.evidenceRecordedAt() == null ? null : new Eradication(t.noEvidenceReason(),
          t.evidenceRecordedBy(), t.evidenceRecordedAt(), t.scanResult(), t.remedy(), t.attackerTools(), t.cleansedBy(),
          t.cleansedAt(), t.verifiedClean(), t.verificationNotes(), t.verifiedBy(), t.verifiedAt());
      return new TargetView(t.kind(), t.name(), t.status(), t.heldBackReason(), t.approvedBy(), t.approvedAt(),
          t.handledByPerson(), t.personNotes(), eradication);
    }
  }

  public record Eradication(String noEvidenceReason, String evidenceRecordedBy, Instant evidenceRecordedAt,
      String scanResult, Remedy remedy, String attackerTools, String cleansedBy, Instant cleansedAt,
      Boolean verifiedClean, String verificationNotes, String verifiedBy, Instant verifiedAt) {
  }

  /** One action row: target, action, adapter, outcome, error, who approved, who did it, start and end. */
  public record ActionView(TargetKind kind, String target, ActionType action, Adapter adapter, Outcome outcome,
      String error, String approvedBy, String performedBy, Instant startedAt, Instant endedAt) {

    static ActionView of(ContainmentAction a) {
      return new ActionView(a.target().kind(), a.target().name(), a.action(), a.adapter(), a.outcome(), a.error(),
          a.approvedBy(), a.performedBy(), a.startedAt(), a.endedAt());
    }
  }

  public record ReviewView(boolean firewallAndVpnLogsReviewed, boolean remoteAccessRevoked, boolean backupsDisconnected,
      String notes, String reviewedBy, Instant reviewedAt) {

    static ReviewView of(EntryPointReview r) {
      return new ReviewView(r.firewallAndVpnLogsReviewed(), r.remoteAccessRevoked(), r.backupsDisconnected(), r.notes(),
          r.reviewedBy(), r.reviewedAt());
    }
  }

  /** An evidence item; {@code collectedAt} keeps the zone it was collected in. */
  public record EvidenceView(long id, String machine, String description, String sha256, String collectedBy,
      String collectedAt, String storageLocation, List<CustodyView> custody) {

    static EvidenceView of(EvidenceItem e, List<CustodyTransfer> custody) {
      return new EvidenceView(e.id(), e.target().name(), e.description(), e.sha256(), e.collectedBy(),
          e.collectedAt().toString(), e.storageLocation(), custody.stream().map(CustodyView::of).toList());
    }
  }

  public record CustodyView(String from, String to, String at, String location, String purpose, String recordedBy,
      Instant recordedAt) {

    static CustodyView of(CustodyTransfer c) {
      return new CustodyView(c.fromCustodian(), c.toCustodian(), c.transferredAt().toString(), c.location(),
          c.purpose(), c.recordedBy(), c.recordedAt());
    }
  }
}
