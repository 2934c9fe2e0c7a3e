package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.breachresponse.engine.EngineConfiguration;
import org.breachresponse.process.ApplicationSettings;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.EngineStarted;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A production start (users and groups from the directory) grants every role what it needs to work and creates
 * nobody; a second start adds nothing; development mode adds its users on top of the same grants.
 */
class RoleAuthorizationsTest {

  private static final ApplicationSettings PRODUCTION = new ApplicationSettings(false, false, 1, "node-test");
  private static final ApplicationSettings DEVELOPMENT = new ApplicationSettings(true, false, 1, "node-test");

  private static ProcessEngine engine;

  @BeforeAll
  static void productionEngineStartedTwice() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:breach-response-role-authorizations;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("role-authorizations");
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    EngineConfiguration.applyRules(configuration);
    engine = configuration.buildProcessEngine();
    start(PRODUCTION);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void productionStartCreatesNoUserAndNoGroup() {
    assertThat(engine.getIdentityService().createUserQuery().count()).as("users").isZero();
    assertThat(engine.getIdentityService().createGroupQuery().count()).as("groups").isZero();
  }

  @Test
  void directoryGroupsFindTheirWorkInProduction() {
    for (String staff : List.of(Roles.FRONT_DESK, Roles.IT_RESPONDER, Roles.PRIVACY_OFFICER, Roles.PRACTICE_OWNER)) {
      assertThat(allowed(staff, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as("%s in the Tasklist", staff)
          .isTrue();
      assertThat(allowed(staff, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, BreachResponseProcess.KEY))
          .as("%s reports a breach", staff).isTrue();
      for (Filter filter : engine.getFilterService().createFilterQuery().list()) {
        assertThat(allowed(staff, Permissions.READ, Resources.FILTER, filter.getId()))
            .as("%s sees the filter %s", staff, filter.getName()).isTrue();
      }
    }
    assertThat(engine.getFilterService().createFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrder("My group's tasks", "My tasks", "Due soon");
    assertThat(allowed(Roles.COMPLIANCE_AUDITOR, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(allowed(Roles.COMPLIANCE_AUDITOR, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isFalse();
    assertThat(allowed(Roles.COMPLIANCE_AUDITOR, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        BreachResponseProcess.KEY)).as("the auditor starts nothing").isFalse();
    assertThat(allowed(Roles.FRONT_DESK, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(allowed(Roles.FRONT_DESK, Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
        BreachResponseProcess.KEY)).as("the front desk reads others' responses in the engine").isFalse();
    assertThat(allowed(Roles.IT_RESPONDER, Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
        BreachResponseProcess.KEY)).as("the IT responder sees the incident reference on task cards").isTrue();
    assertThat(allowed(Roles.ADMIN, Permissions.CREATE, Resources.AUTHORIZATION, "*")).as("the admin group")
        .isTrue();
  }

  @Test
  void anotherStartAddsNothingAndDevelopmentOnlyAddsItsUsers() {
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    long filters = engine.getFilterService().createFilterQuery().count();
    start(PRODUCTION);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);

    EngineStarted development = new EngineStarted(engine, DEVELOPMENT);
    new DevelopmentIdentities().seed(development);
    new RoleAuthorizations().grant(development);
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Roles.IT_RESPONDER).list())
        .extracting(user -> user.getId()).containsExactlyInAnyOrder("it-responder", "it-responder-2");
    assertThat(engine.getFilterService().createFilterQuery().count()).as("filters").isEqualTo(filters);
    engine.getIdentityService().createUserQuery().list()
        .forEach(user -> engine.getIdentityService().deleteUser(user.getId()));
    engine.getIdentityService().createGroupQuery().list()
        .forEach(group -> engine.getIdentityService().deleteGroup(group.getId()));
  }

  private static void start(ApplicationSettings settings) {
    EngineStarted started = new EngineStarted(engine, settings);
    new DevelopmentIdentities().seed(started);
    new RoleAuthorizations().grant(started);
  }

  private static boolean allowed(String group, Permission permission, Resource resource, String resourceId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    return authorizations.isUserAuthorized("someone.from.the.directory", List.of(group), permission, resource,
        resourceId);
  }
}
