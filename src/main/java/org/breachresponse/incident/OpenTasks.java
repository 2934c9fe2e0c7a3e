package org.breachresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.breachresponse.process.EngineAuthorization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.breachresponse.process.IncidentReference;

/**
 * All open tasks of an incident, whoever may work on them: the incident view shows the whole response,
 * not just the caller's own tasks, so the engine's per-user task authorization is lifted for this read
 * (the API's roles decide who may see an incident at all).
 */
@ApplicationScoped
class OpenTasks {

  @Inject
  private TaskService taskService;

  @Inject
  private IdentityService identityService;

  List<OpenTask> of(IncidentReference reference) {
    return EngineAuthorization.lifted(identityService, () -> taskService.createTaskQuery()
        .processInstanceBusinessKey(reference.value()).orderByTaskCreateTime().asc().list().stream()
        .map(this::describe)
        .toList());
  }

  private OpenTask describe(Task task) {
    List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
    return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), groups, task.getAssignee(),
        instant(task.getCreateTime()), instant(task.getDueDate()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
