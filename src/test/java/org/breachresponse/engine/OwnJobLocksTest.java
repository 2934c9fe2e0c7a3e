package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A restarted node frees the jobs its earlier run had locked at once, not after the lock expired, and leaves
 * every other node's locks alone; the engine then acquires the freed jobs (ADR 0014).
 */
class OwnJobLocksTest {

  private static ProcessEngine engine;
  private static ProcessEngineConfigurationImpl configuration;

  @BeforeAll
  static void engineWithTwoWaitingJobs() {
    StandaloneInMemProcessEngineConfiguration inMemory = new StandaloneInMemProcessEngineConfiguration();
    inMemory.setJdbcUrl("jdbc:h2:mem:own-job-locks;DB_CLOSE_DELAY=-1");
    inMemory.setJobExecutorActivate(false);
    configuration = inMemory;
    engine = inMemory.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("asynchronous.bpmn",
        Bpmn.createExecutableProcess("asynchronous").camundaHistoryTimeToLive(1)
            .startEvent().serviceTask().camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
        .deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void theNodesOwnLocksAreReleasedAndAnotherNodesAreKept() throws SQLException {
    String earlierRun = jobOf(engine.getRuntimeService().startProcessInstanceByKey("asynchronous").getId());
    String otherNode = jobOf(engine.getRuntimeService().startProcessInstanceByKey("asynchronous").getId());
    DataSource dataSource = configuration.getDataSource();
    Instant inHalfAMinute = Instant.now().plusSeconds(30);
    lock(dataSource, earlierRun, "node-a", inHalfAMinute);
    lock(dataSource, otherNode, "node-b", inHalfAMinute);
    int revisionBefore = revision(dataSource, earlierRun);
    DefaultJobExecutor restartedNode = new DefaultJobExecutor();
    restartedNode.setLockOwner("node-a");
    assertThat(configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(restartedNode, 10)).size())
        .as("locked jobs wait for their lock to expire").isZero();

    int released = OwnJobLocks.release(dataSource, "node-a");

    assertThat(released).isEqualTo(1);
    assertThat(lockOwner(dataSource, earlierRun)).isNull();
    assertThat(revision(dataSource, earlierRun)).isEqualTo(revisionBefore + 1);
    assertThat(lockOwner(dataSource, otherNode)).isEqualTo("node-b");
    AcquiredJobs acquired = configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(restartedNode, 10));
    assertThat(acquired.contains(earlierRun)).isTrue();
    assertThat(acquired.contains(otherNode)).isFalse();
    assertThat(lockOwner(dataSource, earlierRun)).isEqualTo("node-a");
  }

  private static String jobOf(String processInstanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  private static void lock(DataSource dataSource, String jobId, String owner, Instant until) throws SQLException {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement update = connection.prepareStatement(
             "update ACT_RU_JOB set LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ?, REV_ = REV_ + 1 where ID_ = ?")) {
      update.setString(1, owner);
      update.setTimestamp(2, Timestamp.from(until));
      update.setString(3, jobId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static String lockOwner(DataSource dataSource, String jobId) throws SQLException {
    return column(dataSource, jobId, "LOCK_OWNER_");
  }

  private static int revision(DataSource dataSource, String jobId) throws SQLException {
    return Integer.parseInt(column(dataSource, jobId, "REV_"));
  }

  private static String column(DataSource dataSource, String jobId, String column) throws SQLException {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement("select " + column + " from ACT_RU_JOB where ID_ = ?")) {
      select.setString(1, jobId);
      try (ResultSet result = select.executeQuery()) {
        assertThat(result.next()).isTrue();
        return result.getString(1);
      }
    }
  }
}
