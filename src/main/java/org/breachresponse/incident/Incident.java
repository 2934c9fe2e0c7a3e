package org.breachresponse.incident;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * A suspected or confirmed data breach, from the report to its close. It is the record a compliance
 * officer reads years later, so every step stores who did it and when, and a step can only follow the
 * one before it: an incident is confirmed or dismissed once, and scoped only once confirmed.
 *
 * <p>The reference ({@code BR-2026-0001}) is the business key of the incident's process instance.
 */
@Entity
@Table(name = "incident")
public class Incident {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
  @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "reference", nullable = false, unique = true, length = 20)
  private String reference;

  /** The practice's id, which is also the tenant id of the incident's process instance. */
  @Column(name = "practice_id", length = 40)
  private String practiceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "phase", nullable = false, length = 12)
  private Phase phase;

  /** The phases whose subprocess is running now (several at once: e.g. notify while recovering). */
  @ElementCollection
  @CollectionTable(name = "incident_active_phase", joinColumns = @JoinColumn(name = "incident_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "phase", nullable = false, length = 12)
  private Set<Phase> activePhases = EnumSet.noneOf(Phase.class);

  /** Every phase the incident has entered, running or done. */
  @ElementCollection
  @CollectionTable(name = "incident_reached_phase", joinColumns = @JoinColumn(name = "incident_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "phase", nullable = false, length = 12)
  private Set<Phase> reachedPhases = EnumSet.noneOf(Phase.class);

  @Column(name = "reported_by", nullable = false, length = 200)
  private String reportedBy;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "discovery_date", nullable = false)
  private LocalDate discoveryDate;

  @ElementCollection
  @CollectionTable(name = "incident_sign", joinColumns = @JoinColumn(name = "incident_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "sign", nullable = false, length = 40)
  private Set<Sign> signs = EnumSet.noneOf(Sign.class);

  @Column(name = "other_signs", length = 500)
  private String otherSigns;

  @Column(name = "description", nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "triage_decision", length = 12)
  private TriageDecision triageDecision;

  @Column(name = "triage_reason", length = 4000)
  private String triageReason;

  @Column(name = "triaged_by", length = 64)
  private String triagedBy;

  @Column(name = "triaged_at")
  private Instant triagedAt;

  @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<AffectedMachine> affectedMachines = new ArrayList<>();

  @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<CompromisedAccount> compromisedAccounts = new ArrayList<>();

  @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<AffectedPopulation> affectedPopulations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "incident_data_type", joinColumns = @JoinColumn(name = "incident_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "data_type", nullable = false, length = 40)
  private Set<DataType> dataTypes = EnumSet.noneOf(DataType.class);

  @Column(name = "how_it_happened", length = 4000)
  private String howItHappened;

  @Column(name = "suspects", length = 2000)
  private String suspects;

  @Column(name = "encrypted_key_safe")
  private Boolean encryptedKeySafe;

  @Column(name = "scoped_by", length = 64)
  private String scopedBy;

  @Column(name = "scoped_at")
  private Instant scopedAt;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected Incident() {
  }

  static Incident report(IncidentReference reference, String practiceId, IncidentReport report, String recordedBy,
      Instant at) {
    Incident incident = new Incident();
    incident.reference = reference.value();
    incident.practiceId = practiceId;
    incident.enter(Phase.IDENTIFY);
    incident.reportedBy = report.reportedBy().strip();
    incident.recordedBy = recordedBy;
    incident.reportedAt = at;
    incident.discoveryDate = report.discoveryDate();
    incident.signs.addAll(report.signs());
    incident.otherSigns = report.otherSigns() == null || report.otherSigns().isBlank() ? null : report.otherSigns().strip();
    incident.description = report.description().strip();
    return incident;
  }

  void triage(TriageDecision decision, String reason, String by, Instant at) {
    if (triageDecision != null) {
      throw new IllegalStateException(reference + " was already triaged");
    }
    triageDecision = decision;
    triageReason = reason;
    triagedBy = by;
    triagedAt = at;
    if (decision == TriageDecision.FALSE_ALARM) {
      activePhases.clear();
      phase = Phase.CLOSED;
      closedBy = by;
      closedAt = at;
    }
  }

  /** Recording the scope lets the process start containment, while the privacy officer assesses the risk. */
  /**
   * Adds types of information involved that the scope did not name (the risk assessment's factor one); returns
   * those that were new.
   */
  Set<DataType> addDataTypes(Set<DataType> types) {
    Set<DataType> added = EnumSet.noneOf(DataType.class);
    for (DataType type : types) {
      if (dataTypes.add(type)) {
        added.add(type);
      }
    }
    return added;
  }

  void recordScope(Scope scope, String by, Instant at) {
    if (triageDecision != TriageDecision.CONFIRMED) {
      throw new IllegalStateException(reference + " must be confirmed as a breach before it is scoped");
    }
    affectedMachines.clear();
    scope.machines().forEach(machine -> affectedMachines.add(new AffectedMachine(this, machine)));
    compromisedAccounts.clear();
    scope.accounts().forEach(account -> compromisedAccounts.add(new CompromisedAccount(this, account)));
    affectedPopulations.clear();
    scope.individualsByState().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(entry -> affectedPopulations.add(new AffectedPopulation(this, entry.getKey(), entry.getValue())));
    dataTypes.clear();
    dataTypes.addAll(scope.dataTypes());
    howItHappened = scope.howItHappened();
    suspects = scope.suspects();
    encryptedKeySafe = scope.encryptedKeySafe();
    scopedBy = by;
    scopedAt = at;
  }

  /**
   * The process entered a phase's subprocess. A closed incident enters no phase; re-entering a running one
   * changes nothing.
   */
  void enter(Phase next) {
    if (next == Phase.CLOSED || phase == Phase.CLOSED) {
      throw new IllegalStateException(reference + " is in phase " + phase + " and cannot enter " + next);
    }
    activePhases.add(next);
    reachedPhases.add(next);
    phase = reported();
  }

  /** The process left a phase's subprocess (completed, or the incident was closed meanwhile). */
  void leave(Phase done) {
    activePhases.remove(done);
    if (phase != Phase.CLOSED) {
      phase = reported();
    }
  }

  /** The most advanced running phase in lifecycle order; between phases, the most advanced one reached. */
  private Phase reported() {
    Set<Phase> from = activePhases.isEmpty() ? reachedPhases : activePhases;
    return from.stream().max(Enum::compareTo).orElse(Phase.IDENTIFY);
  }

  public boolean isActive(Phase candidate) {
    return activePhases.contains(candidate);
  }

  public boolean hasReached(Phase candidate) {
    return candidate == Phase.CLOSED ? phase == Phase.CLOSED : reachedPhases.contains(candidate);
  }

  /** The phases running now, in lifecycle order. */
  public Set<Phase> activePhases() {
    return activePhases.isEmpty() ? Set.of() : EnumSet.copyOf(activePhases);
  }

  /**
   * The response is over: only from the review, which the process reaches when containment, eradication
   * and recovery are done; who closed it and when are kept with it.
   */
  void close(String by, Instant at) {
    if (phase == Phase.CLOSED || !reachedPhases.contains(Phase.REVIEW)) {
      throw new IllegalStateException(reference + " is in phase " + phase + " and can only be closed after the review");
    }
    activePhases.clear();
    phase = Phase.CLOSED;
    closedBy = by;
    closedAt = at;
  }

  public Long id() { return id; }
  public IncidentReference reference() { return IncidentReference.of(reference); }
  /** The practice's id; null only for an incident of an engine test that runs without practices. */
  public String practiceId() { return practiceId; }
  public Phase phase() { return phase; }
  public String reportedBy() { return reportedBy; }
  public String recordedBy() { return recordedBy; }
  public Instant reportedAt() { return reportedAt; }
  public LocalDate discoveryDate() { return discoveryDate; }
  public Set<Sign> signs() { return Set.copyOf(signs); }
  public String otherSigns() { return otherSigns; }
  public String description() { return description; }
  public TriageDecision triageDecision() { return triageDecision; }
  public String triageReason() { return triageReason; }
  public String triagedBy() { return triagedBy; }
  public Instant triagedAt() { return triagedAt; }
  public List<AffectedMachine> affectedMachines() { return List.copyOf(affectedMachines); }
  public List<CompromisedAccount> compromisedAccounts() { return List.copyOf(compromisedAccounts); }
  public List<AffectedPopulation> affectedPopulations() { return List.copyOf(affectedPopulations); }
  public Set<DataType> dataTypes() { return Set.copyOf(dataTypes); }
  public String howItHappened() { return howItHappened; }
  public String suspects() { return suspects; }
  public Boolean encryptedKeySafe() { return encryptedKeySafe; }
  public String scopedBy() { return scopedBy; }
  public Instant scopedAt() { return scopedAt; }
  public String closedBy() { return closedBy; }
  public Instant closedAt() { return closedAt; }

  public int totalIndividuals() {
    return affectedPopulations.stream().mapToInt(AffectedPopulation::individuals).sum();
  }
}
