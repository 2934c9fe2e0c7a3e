package org.breachresponse.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.breachresponse.assessment.BreachExclusion;
import org.breachresponse.assessment.RiskAssessment;
import org.breachresponse.assessment.RiskAssessmentService;
import org.breachresponse.assessment.RiskFactor;
import org.breachresponse.audit.AuditAction;
import org.breachresponse.audit.AuditEntry;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.containment.ContainmentLedger;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.notification.NotificationRecords;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.practice.PracticeTimeZones;
import org.breachresponse.process.IncidentReference;

/**
 * Builds an incident's timeline from the engine's history and our records, and the compliance overview of
 * every incident's deadlines. Reads only: the auditor changes nothing.
 */
@ApplicationScoped
public class Timelines {

  /** Audit-trail steps that are decisions, and how the timeline names them; their summary is the rationale. */
  private static final Map<AuditAction, String> DECIDING_STEPS = Map.of(
      AuditStep.CONTAINMENT_APPROVED, "Containment approved",
      AuditStep.LEFT_AS_IS, "Containment target left as it is",
      AuditStep.VERIFIED_CLEAN, "Verified clean",
      AuditStep.NOT_CLEAN, "Verified not clean",
      AuditStep.OBLIGATIONS_DERIVED, "Notification rules applied",
      AuditStep.NOTIFICATIONS_PLANNED, "Notification plan approved",
      AuditStep.LAW_ENFORCEMENT_DELAY, "Law-enforcement delay recorded",
      AuditStep.OVERDUE_NOTICE_HANDLED, "Overdue notice handled");

  @Inject
  private IncidentService incidents;

  @Inject
  private RiskAssessmentService assessments;

  @Inject
  private ContainmentLedger containment;

  @Inject
  private NotificationRecords notifications;

  @Inject
  private AuditTrail auditTrail;

  @Inject
  private TaskHistory taskHistory;

  @Inject
  private PracticeTimeZones zones;

  /** @throws org.breachresponse.incident.IncidentNotFoundException for an unknown reference */
  @Transactional
  public Timeline of(IncidentReference reference) {
    Incident incident = incidents.get(reference);
    List<AuditEntry> trail = auditTrail.entriesFor(reference);
    List<NotificationObligation> obligations = notifications.obligations(reference);
    PhaseHistory phases = new PhaseHistory(trail, incident.activePhases(), incident.triageDecision(), incident.triagedAt(), incident.triagedBy());
    List<Timeline.Task> tasks = taskHistory.of(reference);
    List<Timeline.Decision> decisions = decisions(incident, trail, obligations);
    List<Timeline.ContainmentStep> steps = containment.actions(reference).stream()
        .map(a -> new Timeline.ContainmentStep(a.endedAt(), a.performedBy(), a.target().name(), a.action().name(),
            a.outcome().name()))
        .toList();
    PracticeClock clock = zones.of(incident.practiceId());
    LocalDate today = clock.today();
    List<Timeline.Deadline> deadlines = obligations.stream().map(o -> deadline(o, today)).toList();
    List<Timeline.Escalation> escalations = trail.stream().filter(e -> e.action() == AuditStep.NOTICE_OVERDUE)
        .map(e -> new Timeline.Escalation(e.occurredAt(), noticeNamedIn(e.summary(), obligations), e.summary()))
        .toList();

    TimelineEvents events = new TimelineEvents();
    events.tasks(tasks);
    events.decisions(decisions);
    events.containment(steps);
    for (int i = 0; i < obligations.size(); i++) {
      deadlineEvent(events, obligations.get(i), deadlines.get(i), clock);
    }
    events.escalations(escalations);
    events.records(trail);
    PhaseHistory.Reached closing = phases.closing().orElse(null);
    return new Timeline(reference, practiceOf(incident), incident.phase(), incident.discoveryDate(),
        incident.reportedAt(), incident.recordedBy(), closing == null ? null : closing.at(), closing == null ? null : closing.by(),
        phases.spans(), tasks, decisions, steps, deadlines, escalations, events.oldestFirst(),
        ResponseTimes.of(incident.reportedAt(), incident.triagedAt(), tasks, clock.now()));
  }

  /**
   * Every incident of the caller's practices, newest first, with its practice and where its deadlines stand
   * (each against its own practice's date).
   */
  @Transactional
  public IncidentStandings standings() {
    List<Incident> theirs = incidents.list(0, Integer.MAX_VALUE, null);
    Set<IncidentReference> references = theirs.stream().map(Incident::reference).collect(Collectors.toSet());
    Map<String, LocalDate> todays = new HashMap<>();
    Map<IncidentReference, List<DeadlineStatus>> statuses = new HashMap<>();
    notifications.allObligations().stream().filter(o -> references.contains(o.incident().reference())).forEach(o -> {
      String practiceId = o.incident().practiceId();
      LocalDate today = todays.computeIfAbsent(String.valueOf(practiceId), id -> zones.of(practiceId).today());
      statuses.computeIfAbsent(o.incident().reference(), r -> new ArrayList<>()).add(deadline(o, today).status());
    });
    Map<String, AuditEntry> closings = new HashMap<>();
    auditTrail.entriesOf(PhaseHistory.CLOSED).forEach(e -> closings.putIfAbsent(e.incidentReference(), e));
    return new IncidentStandings(theirs.stream()
        .map(incident -> {
          AuditEntry closed = closings.get(incident.reference().value());
          Instant closedAt = closed != null ? closed.occurredAt()
              : new PhaseHistory(List.of(), incident.activePhases(), incident.triageDecision(), incident.triagedAt(), incident.triagedBy())
                  .closing().map(PhaseHistory.Reached::at).orElse(null);
          return IncidentStandings.Standing.of(incident.reference(), practiceOf(incident), incident.phase(),
              incident.reportedAt(), closedAt, statuses.getOrDefault(incident.reference(), List.of()));
        })
        .toList());
  }

  /** The incident's practice by id and name; null for an incident of an engine test without practices. */
  private PracticeView practiceOf(Incident incident) {
    String id = incident.practiceId();
    return id == null ? null : new PracticeView(id, incidents.practiceName(id).orElse(id));
  }

  private static Timeline.Deadline deadline(NotificationObligation o, LocalDate today) {
    return new Timeline.Deadline(o.title(), o.recipient(), o.jurisdiction(), o.basis(), o.dueDate(), o.sentOn(),
        DeadlineStatus.of(o.status(), o.dueDate(), o.sentOn(), today));
  }

  /** A notice sent or left out appears when that was recorded; one still open appears at its deadline. */
  private void deadlineEvent(TimelineEvents events, NotificationObligation o, Timeline.Deadline deadline,
      PracticeClock clock) {
    String due = "due " + o.dueDate() + " (" + o.basis() + ")";
    switch (o.status()) {
      case SENT -> events.deadline(o.decidedAt(), "Notice sent: " + deadline.title(), o.decidedBy(),
          due + ", sent " + o.sentOn() + ": " + deadline.status());
      case NOT_SENT -> events.deadline(o.decidedAt(), "Notice not sent: " + deadline.title(), o.decidedBy(),
          due + ": " + deadline.status());
      case PLANNED -> events.deadline(clock.deadline(o.dueDate()), "Notice due: " + deadline.title(), null,
          due + ": " + deadline.status());
    }
  }

  private List<Timeline.Decision> decisions(Incident incident, List<AuditEntry> trail,
      List<NotificationObligation> obligations) {
    List<Timeline.Decision> decisions = new ArrayList<>();
    if (incident.triageDecision() != null) {
      decisions.add(new Timeline.Decision(incident.triagedAt(), incident.triagedBy(),
          "Triage: " + incident.triageDecision(), incident.triageReason()));
    }
    for (RiskAssessment assessment : assessments.history(incident)) {
      decisions.add(new Timeline.Decision(assessment.assessedAt(), assessment.assessedBy(), "Risk assessment: "
          + assessment.outcome() + (assessment.exclusion() == BreachExclusion.NONE ? "" : " (" + assessment.exclusion() + ")"),
          rationale(assessment)));
    }
    trail.stream().filter(e -> DECIDING_STEPS.containsKey(e.action()))
        .forEach(e -> decisions.add(new Timeline.Decision(e.occurredAt(), e.actor(), DECIDING_STEPS.get(e.action()),
            e.summary())));
    obligations.stream().filter(o -> o.status() == ObligationStatus.NOT_SENT)
        .forEach(o -> decisions.add(new Timeline.Decision(o.decidedAt(), o.decidedBy(), "Notice not sent: " + o.title(),
            o.notSentReason())));
    decisions.sort(Comparator.comparing(Timeline.Decision::at, Comparator.nullsLast(Comparator.naturalOrder())));
    return decisions;
  }

  /** The justification, then each of the four factors (45 CFR 164.402(2)) with its rating and why. */
  private static String rationale(RiskAssessment assessment) {
    String justification = assessment.justification().strip();
    return justification + (justification.matches(".*[.!?]$") ? "" : ".") + " Four factors:"
        + factor(" nature and extent of the PHI ", assessment.natureOfPhi(), ";")
        + factor(" unauthorized person ", assessment.unauthorizedPerson(), ";")
        + factor(" acquired or viewed ", assessment.acquiredOrViewed(), ";")
        + factor(" mitigation ", assessment.mitigation(), ".");
  }

  private static String factor(String name, RiskFactor factor, String end) {
    return name + (factor == null || factor.rating() == null ? "not rated" : factor.rating() + " (" + factor.rationale() + ")")
        + end;
  }

  /** The audit entry of an escalation begins with the notice's title; the longest title that fits is the one. */
  private static String noticeNamedIn(String summary, List<NotificationObligation> obligations) {
    return obligations.stream().map(NotificationObligation::title).filter(summary::startsWith)
        .max(Comparator.comparingInt(String::length)).orElse(null);
  }
}
