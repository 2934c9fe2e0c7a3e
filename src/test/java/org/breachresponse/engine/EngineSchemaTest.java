package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The engine's tables come from Camunda's own scripts through our migration: an engine that may not touch
 * its schema starts on them, and a database an earlier release's engine created is baselined, not re-created.
 */
class EngineSchemaTest {

  private static final String DUE_DATE_INDEX = "1.1 JDBC Index for job acquisition by due date TRUE";
  private static final String REMOVAL = "12 JDBC No authorization rows per task; task list indexes TRUE";

  private final String url = "jdbc:h2:mem:engine-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final JdbcDataSource dataSource = dataSource(url);

  @Test
  void engineThatMayNotTouchItsSchemaStartsOnTheMigratedTables() throws SQLException {
    EngineSchema.migrate(dataSource);

    ProcessEngine engine = engine(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    try {
      assertThat(query("select VERSION_ from ACT_GE_SCHEMA_LOG")).containsExactly(EngineSchemaCreation.CAMUNDA_VERSION);
      assertThat(engine.getIdentityService().createUserQuery().count()).isZero();
    } finally {
      engine.close();
    }
    assertThat(history()).containsExactly("1 JDBC Camunda 7.23.0 engine tables TRUE", DUE_DATE_INDEX, REMOVAL);
    assertThat(dueDateIndexColumns()).containsExactly("DUEDATE_");
  }

  @Test
  void databaseWhoseEngineCreatedItsTablesIsBaselinedNotCreatedAgain() throws SQLException {
    engine(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).close();

    EngineSchema.migrate(dataSource);
    EngineSchema.migrate(dataSource);

    assertThat(history())
        .containsExactly("1 BASELINE Camunda 7.23.0 engine tables, created by the engine before migrations TRUE",
            DUE_DATE_INDEX, REMOVAL);
    assertThat(dueDateIndexColumns()).as("the index comes to an engine-made schema too").containsExactly("DUEDATE_");
  }

  @Test
  void authorizationRowsPerTaskOfAnEarlierReleaseAreRemovedGrantsOnEveryTaskStay() throws SQLException {
    engine(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).close();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_,"
          + " PERMS_) values ('per-task', 1, 1, 'privacy-officer', 7, 'a-task-id', 3),"
          + " ('every-task', 1, 1, 'camunda-admin', 7, '*', 2147483647),"
          + " ('definition', 1, 1, 'privacy-officer', 6, 'breachResponse', 2)");
    }

    EngineSchema.migrate(dataSource);

    assertThat(query("select ID_ from ACT_RU_AUTHORIZATION order by ID_")).containsExactly("definition", "every-task");
    assertThat(query("select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS where INDEX_NAME = 'BR_IDX_TASK_DUE_DATE'"))
        .as("the task list's due date index").containsExactly("DUE_DATE_");
    assertThat(query("select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS where INDEX_NAME ="
        + " 'BR_IDX_IDENT_LNK_GROUP_TASK' order by ORDINAL_POSITION"))
        .as("the candidate links' index").containsExactly("GROUP_ID_", "TYPE_", "TASK_ID_");
  }

  @Test
  void schemaHoldingOnlyOurOwnTablesGetsTheEngineTablesToo() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create table incident (id bigint primary key)");
    }

    EngineSchema.migrate(dataSource);

    assertThat(history()).containsExactly("0 BASELINE No engine tables yet TRUE", "1 JDBC Camunda 7.23.0 engine tables TRUE",
        DUE_DATE_INDEX, REMOVAL);
    assertThat(query("select VERSION_ from ACT_GE_SCHEMA_LOG")).containsExactly(EngineSchemaCreation.CAMUNDA_VERSION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void camundaShipsEveryCreateScriptForTheDatabasesWeProvision(String database) throws Exception {
    for (String part : EngineSchemaCreation.PARTS) {
      assertThat(EngineSchemaCreation.statements(EngineSchemaCreation.script(database, part)))
          .as(part).isNotEmpty().allMatch(sql -> !sql.endsWith(";") && !sql.startsWith("--"));
    }
  }

  private ProcessEngine engine(String schemaUpdate) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("schema-test-" + UUID.randomUUID());
    configuration.setJdbcUrl(url);
    configuration.setDatabaseSchemaUpdate(schemaUpdate);
    configuration.setJobExecutorActivate(false);
    return configuration.buildProcessEngine();
  }

  /** The columns of our index on the job table, from the database's own catalogue. */
  private List<String> dueDateIndexColumns() throws SQLException {
    return query("select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS where INDEX_NAME = '"
        + JobDueDateIndex.NAME + "' and TABLE_NAME = 'ACT_RU_JOB'");
  }

  private List<String> history() throws SQLException {
    return query("select \"version\" || ' ' || \"type\" || ' ' || \"description\" || ' ' || \"success\" from \""
        + EngineSchema.HISTORY_TABLE + "\" where \"version\" is not null order by \"installed_rank\"");
  }

  private List<String> query(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static JdbcDataSource dataSource(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }
}
