package org.breachresponse.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentDetailSection;
import org.breachresponse.process.IncidentReference;

/** The {@code recovery} part of an incident's detail: restorations, each look for leaked data, closed gaps. */
@ApplicationScoped
public class RecoverySection implements IncidentDetailSection {

  @Inject
  private RecoveryRecords records;

  @Override
  public String key() {
    return "recovery";
  }

  @Override
  public Optional<View> describe(Incident incident) {
    IncidentReference reference = incident.reference();
    List<Restoration> restorations = records.restorations(reference).stream().map(Restoration::of).toList();
    List<Check> checks = records.leakedDataChecks(reference).stream().map(Check::of).toList();
    List<Gap> gaps = records.securityGaps(reference).stream().map(Gap::of).toList();
    if (restorations.isEmpty() && checks.isEmpty() && gaps.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new View(restorations, checks, gaps));
  }

  /** What the API shows. */
  public record View(List<Restoration> restorations, List<Check> leakedDataChecks, List<Gap> securityGaps) {
  }

  public record Restoration(String system, LocalDate backupTakenOn, String backupLocation, String integrityCheck,
      String notRestored, String restoredBy, Instant restoredAt) {

    static Restoration of(DataRestoration r) {
      return new Restoration(r.system(), r.backupTakenOn(), r.backupLocation(), r.integrityCheck(), r.notRestored(),
          r.restoredBy(), r.restoredAt());
    }
  }

  public record Check(Instant checkedAt, String checkedBy, String searched, LeakedDataOutcome outcome,
      String closedReason, List<Place> places) {

    static Check of(LeakedDataCheck c) {
      return new Check(c.checkedAt(), c.checkedBy(), c.searched(), c.outcome(), c.closedReason(),
          c.places().stream().map(p -> new Place(p.url(), p.what(), p.foundOn(), p.takedownRequestedOn(), p.status()))
              .toList());
    }
  }

  public record Place(String url, String what, LocalDate foundOn, LocalDate takedownRequestedOn, TakedownStatus status) {
  }

  public record Gap(String gap, String change, String closedBy, Instant closedAt) {

    static Gap of(SecurityGap g) {
      return new Gap(g.gap(), g.changeMade(), g.closedBy(), g.closedAt());
    }
  }
}
