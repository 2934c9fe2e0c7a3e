package org.breachresponse.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.breachresponse.audit.AuditEntry;
import org.breachresponse.compliance.Timeline.EventKind;

/**
 * The whole story as one list, oldest first: each task's creation, claim and completion, each decision,
 * containment action, notice and escalation, then every audit-trail entry as it was recorded. Events at
 * the same moment keep the order they were added in.
 */
final class TimelineEvents {

  private final List<Timeline.Event> events = new ArrayList<>();

  void tasks(List<Timeline.Task> tasks) {
    for (Timeline.Task task : tasks) {
      add(task.createdAt(), EventKind.TASK, "Task created: " + task.name(), null,
          join(task.candidateGroup() == null ? null : "for " + task.candidateGroup(),
              task.dueDate() == null ? null : "due " + task.dueDate()));
      if (task.claimedAt() != null) {
        add(task.claimedAt(), EventKind.TASK, "Task claimed: " + task.name(), task.claimedBy(), null);
      }
      if (task.completedAt() != null) {
        add(task.completedAt(), EventKind.TASK, "Task completed: " + task.name(), task.completedBy(), null);
      }
    }
  }

  void decisions(List<Timeline.Decision> decisions) {
    decisions.forEach(d -> add(d.at(), EventKind.DECISION, d.decision(), d.by(), d.rationale()));
  }

  void containment(List<Timeline.ContainmentStep> steps) {
    steps.forEach(s -> add(s.at(), EventKind.CONTAINMENT, s.action() + " " + s.target() + ": " + s.outcome(),
        s.by(), null));
  }

  void deadline(Instant at, String title, String actor, String detail) {
    add(at, EventKind.DEADLINE, title, actor, detail);
  }

  void escalations(List<Timeline.Escalation> escalations) {
    escalations.forEach(e -> add(e.at(), EventKind.ESCALATION, "Escalated: " + e.notice(), "engine", e.detail()));
  }

  void records(List<AuditEntry> trail) {
    trail.forEach(e -> add(e.occurredAt(), EventKind.RECORD, e.actionCode(), e.actor(), e.summary()));
  }

  List<Timeline.Event> oldestFirst() {
    return events.stream().sorted(Comparator.comparing(Timeline.Event::at)).toList();
  }

  private void add(Instant at, EventKind kind, String title, String actor, String detail) {
    if (at != null) {
      events.add(new Timeline.Event(at, kind, title, actor, detail));
    }
  }

  private static String join(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + ", " + second;
  }
}
