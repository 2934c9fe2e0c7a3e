package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.breachresponse.Benchmarks;
import org.breachresponse.engine.EngineConfiguration;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The engine's task queries at 20,000 open tasks of one group, without the server: an engine on an H2 file (or
 * PostgreSQL) with authorization and the tenant check on, as the server runs it; a one-task model with the key
 * {@code breachResponse} and the roles' grants of {@link RoleAuthorizations}; the group's tasks plus a tenth as many
 * of another group. As a privacy officer it times the three calls of the notification timers benchmark (task list
 * of 50 by due date, its count, and the "My group's tasks" filter's count, page of 15 and card variables) and prints
 * p50/p95/p99. Not a test (named so that no test run picks it up); it asserts no time, only what each role sees.
 * <p>
 * {@code mvn -o -DskipServer -DskipLint -DskipITs test -Dtest=TaskQueryBenchmark} with {@code -Dbenchmark.tasks}
 * (default 20,000), {@code -Dbenchmark.query-calls} (200), {@code -Dbenchmark.jdbc-url} (default an H2 file under
 * target/, kept between runs of the same size), {@code -Dbenchmark.jdbc-user},
 * {@code -Dbenchmark.jdbc-password}; {@code -Dbenchmark.filter-parts=true} times the filter call's count, page and
 * variables apart as well.
 */
class TaskQueryBenchmark {

  private static final String TENANT = "practice-a";
  private static final int TASKS = Integer.getInteger("benchmark.tasks", 20_000);
  private static final int OTHER_TASKS = TASKS / 10;
  private static final int CALLS = Integer.getInteger("benchmark.query-calls", 200);
  private static final int BATCH = 500;

  @Test
  void taskQueriesAtTwentyThousandOpenTasks() {
    String url = System.getProperty("benchmark.jdbc-url", "jdbc:h2:file:./target/task-query-benchmark/tasks-" + TASKS
        + "-roles;DB_CLOSE_ON_EXIT=FALSE");
    ProcessEngine engine = engine(url);
    try {
      seed(engine);
      measure(engine);
    } finally {
      engine.close();
    }
  }

  private static ProcessEngine engine(String url) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername(System.getProperty("benchmark.jdbc-user", "sa"));
    configuration.setJdbcPassword(System.getProperty("benchmark.jdbc-password", ""));
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setProcessEngineName("task-query-benchmark");
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    configuration.setTenantCheckEnabled(true);
    configuration.setTenantIdProvider(new SinglePracticeTenant(TENANT));
    configuration.setJdbcMaxActiveConnections(4);
    EngineConfiguration.applyRules(configuration);
    TaskRoles.applyTo(configuration);
    return configuration.buildProcessEngine();
  }

  private static void seed(ProcessEngine engine) {
    RoleAuthorizations.grant(engine);
    indexes(engine);
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(BreachResponseProcess.KEY)
        .count() > 0) {
      System.out.printf("Seeded before: %d open tasks%n", engine.getTaskService().createTaskQuery().count());
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(BreachResponseProcess.KEY)
        .camundaHistoryTimeToLive(2192)
        .startEvent()
        .userTask("Task_SendNotice").name("Send notice").camundaCandidateGroups("${group}").camundaDueDate("${due}")
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance("tasks.bpmn", model).deploy();
    Instant start = Instant.now();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int all = TASKS + OTHER_TASKS;
    for (int from = 0; from < all; from += BATCH) {
      int first = from;
      configuration.getCommandExecutorTxRequired().execute(context -> {
        for (int i = first; i < Math.min(first + BATCH, all); i++) {
          engine.getRuntimeService().startProcessInstanceByKey(BreachResponseProcess.KEY, "BR-" + i, Map.of(
              "group", i < TASKS ? Roles.PRIVACY_OFFICER : Roles.IT_RESPONDER,
              "due", new Date(System.currentTimeMillis() + (i % 5000) * 60_000L),
              ProcessVariables.INCIDENT_REFERENCE, "BR-2026-" + i,
              ProcessVariables.PRACTICE_NAME, "Practice A"));
        }
        return null;
      });
    }
    Benchmarks.printStep(String.format("Seeded %d + %d open tasks", TASKS, OTHER_TASKS), start);
  }

  /** The task list indexes of engine schema version 12 (engine/TaskQueryTables); this engine made its own tables. */
  private static void indexes(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists BR_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_)");
      statement.execute("create index if not exists BR_IDX_IDENT_LNK_GROUP_TASK on ACT_RU_IDENTITYLINK"
          + " (GROUP_ID_, TYPE_, TASK_ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void measure(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    Filter filter = engine.getFilterService().createFilterQuery().filterName("My group's tasks").singleResult();
    identity.setAuthentication(Roles.PRIVACY_OFFICER, List.of(Roles.PRIVACY_OFFICER), List.of(TENANT));
    try {
      assertThat(groupTasks(engine).count()).as("the privacy officer's count").isEqualTo(TASKS);
      assertThat(engine.getFilterService().count(filter.getId())).as("the filter's count").isEqualTo(TASKS);
      assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(Roles.IT_RESPONDER).count())
          .as("the IT responder's tasks the privacy officer sees").isZero();
      time(engine, "task list, 50 by due date", () -> groupTasks(engine).listPage(0, 50).size());
      time(engine, "task count", () -> (int) groupTasks(engine).count());
      time(engine, "Tasklist filter (count + 15 + variables)", () -> filterCall(engine, filter.getId()));
      if (Boolean.getBoolean("benchmark.filter-parts")) {
        time(engine, "  its count", () -> engine.getFilterService().count(filter.getId(), byDueDate(engine)).intValue());
        time(engine, "  its page of 15", () -> engine.getFilterService().listPage(filter.getId(), byDueDate(engine),
            0, 15).size());
        List<Task> page = engine.getFilterService().listPage(filter.getId(), byDueDate(engine), 0, 15);
        time(engine, "  the cards' variables", () -> cardVariables(engine, page));
      }
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication("demo", List.of(Roles.ADMIN), List.of(TENANT));
    try {
      time(engine, "task list as camunda-admin", () -> groupTasks(engine).listPage(0, 50).size());
    } finally {
      identity.clearAuthentication();
    }
    Filter after = engine.getFilterService().getFilter(filter.getId());
    assertThat(after.getQuery().toString()).as("the stored filter unchanged").isNotNull();
  }

  /** Rewrites one task's and one variable's row unchanged: H2 drops its cached results of queries over them. */
  private static void touch(ProcessEngine engine, int call) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("update ACT_RU_TASK set LAST_UPDATED_ = LAST_UPDATED_ where ID_ = (select min(ID_) from ACT_RU_TASK)");
      statement.executeUpdate("update ACT_RU_VARIABLE set REV_ = REV_ where ID_ = (select min(ID_) from ACT_RU_VARIABLE)");
      statement.executeUpdate("update ACT_RU_IDENTITYLINK set REV_ = REV_ where ID_ = (select min(ID_) from ACT_RU_IDENTITYLINK)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TaskQuery groupTasks(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of(Roles.PRIVACY_OFFICER))
        .includeAssignedTasks().orderByDueDate().asc();
  }

  /** What the Tasklist's POST filter/{id}/list?maxResults=15 does in the engine: count, page, the cards' variables. */
  private static int filterCall(ProcessEngine engine, String filterId) {
    long count = engine.getFilterService().count(filterId, byDueDate(engine));
    List<Task> page = engine.getFilterService().listPage(filterId, byDueDate(engine), 0, 15);
    return (int) count + page.size() + cardVariables(engine, page);
  }

  /** The Tasklist's sorting, sent with each filter call. */
  private static TaskQuery byDueDate(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().orderByDueDate().asc();
  }

  private static int cardVariables(ProcessEngine engine, List<Task> page) {
    List<String> instances = new ArrayList<>();
    page.forEach(task -> instances.add(task.getProcessInstanceId()));
    return engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new))
        .variableNameIn(ProcessVariables.INCIDENT_REFERENCE, ProcessVariables.PRACTICE_NAME).list().size();
  }

  /**
   * Between calls the benchmark rewrites a row of the tables queried: a server's tasks change all the time, and H2
   * answers a query repeated on unchanged tables from its result cache, which would time nothing.
   */
  private static void time(ProcessEngine engine, String what, Supplier<Integer> call) {
    for (int i = 0; i < Math.min(20, CALLS / 10 + 1); i++) {
      call.get();
    }
    long[] millis = new long[CALLS];
    for (int i = 0; i < CALLS; i++) {
      touch(engine, i);
      long start = System.nanoTime();
      assertThat(call.get()).as(what).isPositive();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    Benchmarks.printPercentiles(what, millis, "ms");
  }
}
