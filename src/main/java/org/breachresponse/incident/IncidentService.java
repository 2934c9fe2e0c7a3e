package org.breachresponse.incident;

import java.util.Map;
import java.util.Optional;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.Practices;
import org.breachresponse.process.ProcessVariables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.breachresponse.audit.AuditAction;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.Phase;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.breachresponse.process.IncidentReference;

/**
 * The first lifecycle phase: report, triage and scope. Each step stores its data and an audit entry in
 * the transaction of the process step that calls it, so neither exists without the other.
 */
@ApplicationScoped
public class IncidentService {

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entityManager;

  @Inject
  Validator validator;

  @Inject
  private IncidentReferences references;

  @Inject
  private AuditTrail auditTrail;

  @Inject
  private RuntimeService runtimeService;

  @Inject
  PracticeClock clock;

  @Inject
  private Practices practices;

  /**
   * Starts a breach response as the Tasklist's start form does, for the practice the report names (or the
   * caller's only practice); returns the new reference.
   */
  @Transactional
  public IncidentReference report(IncidentReport report) {
    validate(report);
    Practice practice = practices.forNewIncident(report.practice());
    Map<String, Object> variables = ReportFormVariables.of(report);
    variables.put(ProcessVariables.PRACTICE, practice.id().value());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(BreachResponseProcess.KEY, variables);
    return IncidentReference.of(instance.getBusinessKey());
  }

  /** A report for no practice: engine tests that run without practices. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Incident register(IncidentReport report, String recordedBy) {
    return register(report, recordedBy, null);
  }

  /** Records the report of the process instance of practice {@code practiceId} (its tenant id). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Incident register(IncidentReport report, String recordedBy, String practiceId) {
    validate(report);
    Instant now = clock.now();
    IncidentReference reference = references.next(Year.from(clock.today()));
    Incident incident = Incident.report(reference, practiceId, report, recordedBy, now);
    entityManager.persist(incident);
    auditTrail.record(reference, AuditStep.REPORTED, recordedBy,
        "Suspected breach reported; discovery date " + report.discoveryDate() + "; signs " + report.signs());
    return incident;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void triage(IncidentReference reference, TriageDecision decision, String reason, String by) {
    get(reference).triage(decision, reason, by, clock.now());
    auditTrail.record(reference, AuditStep.TRIAGED, by, "Triage decision: " + decision);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordScope(IncidentReference reference, Scope scope, String by) {
    Incident incident = get(reference);
    incident.recordScope(scope, by, clock.now());
    auditTrail.record(reference, AuditStep.SCOPED, by, "Scope recorded: " + scope.machines().size() + " machines, "
        + scope.accounts().size() + " accounts, " + incident.totalIndividuals() + " individuals in "
        + scope.individualsByState().size() + " jurisdictions");
  }

  /**
   * Types of information involved named after the scope (the risk assessment); returns those the incident did not
   * name yet. The caller's audit entry records them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<DataType> addDataTypes(IncidentReference reference, Set<DataType> types) {
    return get(reference).addDataTypes(types);
  }

  /** The process entered the subprocess of {@code phase} ({@link PhaseListener}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void phaseStarted(IncidentReference reference, Phase phase) {
    get(reference).enter(phase);
    auditTrail.record(reference, AuditAction.phaseStarted(phase), "engine", "Phase " + phase + " started");
  }

  /** The process left the subprocess of {@code phase} ({@link PhaseListener}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void phaseEnded(IncidentReference reference, Phase phase) {
    get(reference).leave(phase);
    auditTrail.record(reference, AuditAction.phaseEnded(phase), "engine", "Phase " + phase + " ended");
  }

  /** The last step: the incident is closed by {@code by}, now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void close(IncidentReference reference, String by) {
    get(reference).close(by, clock.now());
    auditTrail.record(reference, AuditAction.phaseStarted(Phase.CLOSED), by, "Incident closed");
  }

  public Incident get(IncidentReference reference) {
    return entityManager.createQuery("select i from Incident i where i.reference = :reference", Incident.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IncidentNotFoundException(reference));
  }

  /** The practice's name, for the task cards; empty for an incident without a practice (engine tests). */
  public Optional<String> practiceName(String practiceId) {
    return practiceId == null ? Optional.empty() : practices.find(new PracticeId(practiceId)).map(Practice::name);
  }

  /** The id of the practice {@code reference} belongs to, if there is such an incident. */
  public Optional<String> practiceOf(IncidentReference reference) {
    return entityManager.createQuery("select i.practiceId from Incident i where i.reference = :reference", String.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst();
  }

  /** The references of every incident of the practices the caller belongs to, without loading the incidents. */
  public Set<String> referencesReachable() {
    Set<String> only = practices.membership().restriction();
    if (only != null && only.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(entityManager.createQuery("select i.reference from Incident i where :all = true"
            + " or i.practiceId in :practices", String.class)
        .setParameter("all", only == null)
        .setParameter("practices", only == null ? Set.of("") : only)
        .getResultList());
  }

  /**
   * Newest first, of the practices the caller belongs to; {@code recordedBy} narrows to what one user recorded.
   */
  public List<Incident> list(int page, int size, String recordedBy) {
    Set<String> only = practices.membership().restriction();
    if (only != null && only.isEmpty()) {
      return List.of();
    }
    return entityManager.createQuery("select i from Incident i where (:user is null or i.recordedBy = :user)"
            + " and (:all = true or i.practiceId in :practices) order by i.reportedAt desc, i.id desc", Incident.class)
        .setParameter("user", recordedBy)
        .setParameter("all", only == null)
        .setParameter("practices", only == null ? Set.of("") : only)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(String recordedBy) {
    Set<String> only = practices.membership().restriction();
    if (only != null && only.isEmpty()) {
      return 0;
    }
    return entityManager.createQuery("select count(i) from Incident i where (:user is null or i.recordedBy = :user)"
            + " and (:all = true or i.practiceId in :practices)", Long.class)
        .setParameter("user", recordedBy)
        .setParameter("all", only == null)
        .setParameter("practices", only == null ? Set.of("") : only)
        .getSingleResult();
  }

  void validate(IncidentReport report) {
    Set<ConstraintViolation<IncidentReport>> violations = validator.validate(report);
    List<FieldError> errors = new ArrayList<>(violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> new FieldError(fieldOf(v), v.getMessage()))
        .toList());
    if (report.discoveryDate() != null && report.discoveryDate().isBefore(IncidentReport.EARLIEST_DISCOVERY)) {
      errors.add(new FieldError("discoveryDate", "must not be before " + IncidentReport.EARLIEST_DISCOVERY
          + ", when the Breach Notification Rule took effect"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    int index = path.indexOf('[');
    return index < 0 ? path : path.substring(0, index);
  }
}
