package org.breachresponse.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist's shared filters: "My group's tasks" (what my role may claim), "My tasks" (claimed by me)
 * and "Due soon" (my group's tasks due within three days). Each shows the incident reference and its practice's
 * name on the task cards. The practices' own filters are {@link PracticeTaskFilters}'.
 */
final class TasklistFilters {

  /** The variables shown on every task card: the incident's reference and its practice's name. */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", ProcessVariables.INCIDENT_REFERENCE, "label", "Incident"),
      Map.of("name", ProcessVariables.PRACTICE_NAME, "label", "Practice"));

  private final ProcessEngine engine;

  TasklistFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  void ensure(List<String> roles) {
    var tasks = engine.getTaskService();
    ensure("My group's tasks", -10, "Tasks my role may claim",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(), roles);
    ensure("My tasks", -5, "Tasks I have claimed",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), roles);
    ensure("Due soon", 0, "My group's tasks due within three days",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusDays(3)}"), roles);
  }

  static boolean showsOtherVariables(Filter filter) {
    return filter.getProperties() == null || !CARD_VARIABLES.equals(filter.getProperties().get("variables"));
  }

  private void ensure(String name, int priority, String description, TaskQuery query, List<String> roles) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
              "variables", CARD_VARIABLES));
      filters.saveFilter(filter);
    } else if (showsOtherVariables(filter)) {
      // A filter an earlier release created shows the incident reference only: the cards gain the practice.
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("variables", CARD_VARIABLES);
      filters.saveFilter(filter.setProperties(properties));
    }
    AuthorizationGrants grants = new AuthorizationGrants(engine.getAuthorizationService());
    for (String role : roles) {
      grants.grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
