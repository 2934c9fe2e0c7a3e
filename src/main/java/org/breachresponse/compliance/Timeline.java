package org.breachresponse.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * One incident's response as a compliance auditor reads it ({@code GET /incidents/{reference}/timeline}):
 * its phases, every task with who claimed and completed it, every decision with its rationale, every
 * containment action, every notice's deadline against its sending, every escalation, and all of it with
 * the audit trail as one list of events, oldest first. Nothing here names an affected individual. {@code practice}
 * names the incident's practice (null only for an incident of an engine test without practices).
 */
public record Timeline(IncidentReference reference, PracticeView practice, Phase phase, LocalDate discoveryDate, Instant reportedAt,
    String recordedBy, Instant closedAt, String closedBy, List<PhaseSpan> phases, List<Task> tasks,
    List<Decision> decisions, List<ContainmentStep> containmentActions, List<Deadline> deadlines,
    List<Escalation> escalations, List<Event> events, ResponseTimes responseTimes) {

  /** A lifecycle phase from when it was reached until the next one was (null while current). */
  public record PhaseSpan(Phase phase, Instant startedAt, Instant endedAt) {
  }

  /**
   * A user task of the incident's process, from the engine's history; {@code state} says whether it is
   * still open, was completed, or was cancelled by the process (e.g. a notice task renewed after a delay).
   */
  public record Task(String name, String activityId, String candidateGroup, Instant createdAt, Instant dueDate,
      String claimedBy, Instant claimedAt, String completedBy, Instant completedAt, TaskState state) {
  }

  /** Where a task stands. */
  public enum TaskState { OPEN, COMPLETED, CANCELLED }

  /** A decision someone (or a rule) took, and why. */
  public record Decision(Instant at, String by, String decision, String rationale) {
  }

  /** One containment action on a machine or account, and how it ended. */
  public record ContainmentStep(Instant at, String by, String target, String action, String outcome) {
  }

  /** One notice: due date against the date it was sent. */
  public record Deadline(String title, Recipient recipient, String jurisdiction, String basis, LocalDate dueDate,
      LocalDate sentOn, DeadlineStatus status) {
  }

  /** An overdue notice escalated to the practice owner. */
  public record Escalation(Instant at, String notice, String detail) {
  }

  /** One line of the whole story. */
  public record Event(Instant at, EventKind kind, String title, String actor, String detail) {
  }

  /** What an event stands for. */
  public enum EventKind { TASK, DECISION, CONTAINMENT, DEADLINE, ESCALATION, RECORD }
}
