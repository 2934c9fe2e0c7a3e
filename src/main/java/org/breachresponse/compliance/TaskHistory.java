package org.breachresponse.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.breachresponse.process.EngineAuthorization;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.breachresponse.process.IncidentReference;

/**
 * Every user task of an incident's process from the engine's history (kept six years, like our tables):
 * created when, for which group, claimed by whom and when (the identity-link log), completed by whom and
 * when (the user operation log's {@code Complete}, else the assignee at completion). The auditor reads
 * the whole response, not only their own tasks, so the engine's per-user authorization is lifted for the
 * read; the API's roles decide who may see a timeline at all.
 */
@ApplicationScoped
class TaskHistory {

  private static final String COMPLETED = "completed";
  /** {@link HistoricIdentityLinkLog#getOperationType()} of a link added (Camunda has no public constant for it). */
  private static final String ADDED = "add";

  @Inject
  private HistoryService historyService;

  @Inject
  private IdentityService identityService;

  List<Timeline.Task> of(IncidentReference reference) {
    return EngineAuthorization.lifted(identityService, () -> {
      List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
          .processInstanceBusinessKey(reference.value()).orderByHistoricActivityInstanceStartTime().asc().list();
      Map<String, String> completedBy = completers(tasks);
      return tasks.stream().map(task -> describe(task, completedBy.get(task.getId()))).toList();
    });
  }

  private Timeline.Task describe(HistoricTaskInstance task, String completer) {
    List<HistoricIdentityLinkLog> links = historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
        .orderByTime().asc().list();
    String groups = links.stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .filter(l -> ADDED.equals(l.getOperationType()))
        .map(HistoricIdentityLinkLog::getGroupId).distinct().sorted().collect(Collectors.joining(", "));
    // The claim that stands is the last assignment; an unclaim or a reassignment replaces it.
    HistoricIdentityLinkLog claim = links.stream()
        .filter(l -> IdentityLinkType.ASSIGNEE.equals(l.getType()))
        .reduce((first, second) -> second)
        .filter(l -> ADDED.equals(l.getOperationType()))
        .orElse(null);
    Timeline.TaskState state = task.getEndTime() == null ? Timeline.TaskState.OPEN
        : COMPLETED.equals(task.getDeleteReason()) ? Timeline.TaskState.COMPLETED : Timeline.TaskState.CANCELLED;
    boolean completed = state == Timeline.TaskState.COMPLETED;
    return new Timeline.Task(task.getName(), task.getTaskDefinitionKey(), groups.isEmpty() ? null : groups,
        instant(task.getStartTime()), instant(task.getDueDate()),
        claim == null ? null : claim.getUserId(), claim == null ? null : instant(claim.getTime()),
        completed ? Objects.requireNonNullElse(completer, task.getAssignee()) : null,
        completed ? instant(task.getEndTime()) : null, state);
  }

  /** Who completed each task, as the engine logged the authenticated user of the {@code Complete}. */
  private Map<String, String> completers(List<HistoricTaskInstance> tasks) {
    Map<String, String> completers = new HashMap<>();
    tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).filter(Objects::nonNull).distinct()
        .forEach(instance -> historyService.createUserOperationLogQuery().processInstanceId(instance)
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
            .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
            .sorted(Comparator.comparing(UserOperationLogEntry::getTimestamp))
            .forEach(entry -> completers.put(entry.getTaskId(), entry.getUserId())));
    return completers;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
