package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.breachresponse.engine.EngineConfiguration;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A practice's Tasklist filter shows that practice's tasks only, with the practice on every card, and only the
 * practice's members may read it: staff of another practice never see its name.
 */
class PracticeFiltersTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void engineWithTwoPractices() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:breach-response-practice-filters;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("practice-filters");
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    EngineConfiguration.applyRules(configuration);
    engine = configuration.buildProcessEngine();
    IdentityService identity = engine.getIdentityService();
    for (String user : List.of("front-desk-a", "front-desk-b", "responder", "auditor-a")) {
      identity.saveUser(identity.newUser(user));
    }
    for (String group : List.of("staff-of-b", Roles.FRONT_DESK, Roles.IT_RESPONDER, Roles.COMPLIANCE_AUDITOR)) {
      identity.saveGroup(identity.newGroup(group));
    }
    identity.createMembership("front-desk-a", Roles.FRONT_DESK);
    identity.createMembership("front-desk-b", Roles.FRONT_DESK);
    identity.createMembership("responder", Roles.IT_RESPONDER);
    identity.createMembership("auditor-a", Roles.COMPLIANCE_AUDITOR);
    for (String tenant : List.of("alpha", "beta")) {
      identity.saveTenant(identity.newTenant(tenant));
    }
    identity.createTenantUserMembership("alpha", "front-desk-a");
    identity.createTenantUserMembership("alpha", "auditor-a");
    identity.createTenantUserMembership("alpha", "responder");
    identity.createTenantUserMembership("beta", "responder");
    identity.createTenantGroupMembership("beta", "staff-of-b");
    task("Contain at alpha", "alpha", null);
    task("Contain at alpha, claimed", "alpha", "responder");
    task("Contain at beta", "beta", null);
  }

  private static void task(String name, String tenant, String assignee) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    task.setTenantId(tenant);
    task.setAssignee(assignee);
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), Roles.IT_RESPONDER);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void eachPracticeHasOneFilterOfItsTasksReadableByItsMembersOnly() {
    PracticeFilters filters = new PracticeFilters(engine);
    Filter alpha = filters.ensure("alpha", "Alpha Dental");
    Filter beta = filters.ensure("beta", "Beta Smiles");

    assertThat(alpha.getName()).isEqualTo("Alpha Dental: my group's tasks");
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("responder", List.of(Roles.IT_RESPONDER), List.of("alpha", "beta"));
    try {
      assertThat(engine.getFilterService().<Task>list(alpha.getId())).extracting(Task::getName)
          .containsExactlyInAnyOrder("Contain at alpha", "Contain at alpha, claimed");
      assertThat(engine.getFilterService().<Task>list(beta.getId())).extracting(Task::getName)
          .containsExactly("Contain at beta");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(alpha.getProperties().get("variables")).isEqualTo(List.of(
        Map.of("name", ProcessVariables.INCIDENT_REFERENCE, "label", "Incident"),
        Map.of("name", ProcessVariables.PRACTICE_NAME, "label", "Practice")));

    assertThat(reads("front-desk-a", List.of(Roles.FRONT_DESK), alpha)).isTrue();
    assertThat(reads("front-desk-a", List.of(Roles.FRONT_DESK), beta)).as("B's name stays hidden from A").isFalse();
    assertThat(reads("front-desk-b", List.of(Roles.FRONT_DESK, "staff-of-b"), beta)).isTrue();
    assertThat(reads("front-desk-b", List.of(Roles.FRONT_DESK, "staff-of-b"), alpha)).isFalse();
    assertThat(reads("responder", List.of(Roles.IT_RESPONDER), alpha)).isTrue();
    assertThat(reads("responder", List.of(Roles.IT_RESPONDER), beta)).isTrue();
  }

  @Test
  void anotherRunRenamesFollowsTheMembersAndDuplicatesNothing() {
    PracticeFilters filters = new PracticeFilters(engine);
    filters.ensure("alpha", "Alpha Dental");
    long count = engine.getFilterService().createFilterQuery().count();
    engine.getIdentityService().deleteTenantUserMembership("alpha", "front-desk-a");
    Filter renamed = filters.ensure("alpha", "Alpha Family Dental");

    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(count);
    assertThat(engine.getFilterService().getFilter(renamed.getId()).getName())
        .isEqualTo("Alpha Family Dental: my group's tasks");
    assertThat(reads("front-desk-a", List.of(Roles.FRONT_DESK), renamed)).as("no longer a member").isFalse();
    assertThat(reads("responder", List.of(Roles.IT_RESPONDER), renamed)).isTrue();
    assertThat(reads("auditor-a", List.of(Roles.COMPLIANCE_AUDITOR), renamed))
        .as("the auditor, a member who works no task, is not given the Tasklist filter").isFalse();
    engine.getIdentityService().createTenantUserMembership("alpha", "front-desk-a");
  }

  private static boolean reads(String user, List<String> groups, Filter filter) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    return authorizations.isUserAuthorized(user, groups, Permissions.READ, Resources.FILTER, filter.getId());
  }
}
