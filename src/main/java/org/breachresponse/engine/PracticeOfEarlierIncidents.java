package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.breachresponse.process.BreachResponseProcess;

/**
 * Gives the engine's rows of every incident started before practices existed (no tenant id) to the first
 * practice, the one made from the environment ({@link FirstPractice}): the process instance, its executions,
 * tasks and their candidate links, jobs, variables, event subscriptions, incidents, and every history row
 * (activities, tasks, variables, details, identity links, comments, attachments, the operation log, job
 * and external task logs, decision evaluations with their inputs and outputs) and byte arrays. With the
 * tenant check on, a row without the tenant id would be visible to no practice's staff, and a row with the
 * wrong one to the wrong practice's. Runs at every start before the engine is built, in one transaction; it
 * finds nothing to do once the earlier incidents are done.
 */
final class PracticeOfEarlierIncidents {

  private static final Logger LOG = Logger.getLogger(PracticeOfEarlierIncidents.class.getName());

  /** The incidents' process instances still without a tenant: the history row outlives every runtime row. */
  private static final String EARLIER = "select ID_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = '"
      + BreachResponseProcess.KEY + "' and TENANT_ID_ is null";

  /** Each table with a tenant id, and the column that names the process instance a row belongs to. */
  private static final List<String[]> TABLES = List.of(
      new String[] {"ACT_RU_EXECUTION", "PROC_INST_ID_"},
      new String[] {"ACT_RU_TASK", "PROC_INST_ID_"},
      new String[] {"ACT_RU_JOB", "PROCESS_INSTANCE_ID_"},
      new String[] {"ACT_RU_VARIABLE", "PROC_INST_ID_"},
      new String[] {"ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_"},
      new String[] {"ACT_RU_INCIDENT", "PROC_INST_ID_"},
      new String[] {"ACT_RU_EXT_TASK", "PROC_INST_ID_"},
      new String[] {"ACT_HI_ACTINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_TASKINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_VARINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_DETAIL", "PROC_INST_ID_"},
      new String[] {"ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_"},
      new String[] {"ACT_HI_COMMENT", "PROC_INST_ID_"},
      new String[] {"ACT_HI_ATTACHMENT", "PROC_INST_ID_"},
      new String[] {"ACT_HI_OP_LOG", "PROC_INST_ID_"},
      new String[] {"ACT_HI_INCIDENT", "PROC_INST_ID_"},
      new String[] {"ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_"},
      new String[] {"ACT_HI_EXT_TASK_LOG", "PROC_INST_ID_"},
      new String[] {"ACT_HI_DEC_IN", "ROOT_PROC_INST_ID_"},
      new String[] {"ACT_HI_DEC_OUT", "ROOT_PROC_INST_ID_"},
      new String[] {"ACT_HI_DECINST", "ROOT_PROC_INST_ID_"},
      new String[] {"ACT_GE_BYTEARRAY", "ROOT_PROC_INST_ID_"});

  private PracticeOfEarlierIncidents() {
  }

  static void assign(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      Optional<String> practice = firstPractice(connection);
      if (practice.isEmpty() || !anyEarlier(connection)) {
        return;
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        // Candidate links hang off the task, not the process instance: before the tasks themselves.
        int rows = update(connection, "update ACT_RU_IDENTITYLINK set TENANT_ID_ = ? where TENANT_ID_ is null"
            + " and TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ in (" + EARLIER + "))", practice.get());
        for (String[] table : TABLES) {
          rows += update(connection, "update " + table[0] + " set TENANT_ID_ = ? where TENANT_ID_ is null and "
              + table[1] + " in (" + EARLIER + ")", practice.get());
        }
        int instances = update(connection, "update ACT_HI_PROCINST set TENANT_ID_ = ? where PROC_DEF_KEY_ = ? and"
            + " TENANT_ID_ is null", practice.get(), BreachResponseProcess.KEY);
        connection.commit();
        int total = rows + instances;
        LOG.info(() -> instances + " incident processes started before practices existed (" + total
            + " engine rows) now belong to practice '" + practice.get() + "'");
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not give the earlier incidents' engine rows to the first practice", e);
    }
  }

  private static Optional<String> firstPractice(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select id from practice where created_by = ? order by created_at")) {
      statement.setString(1, FirstPractice.CREATED_BY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
      }
    }
  }

  private static boolean anyEarlier(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(EARLIER);
        ResultSet result = statement.executeQuery()) {
      return result.next();
    }
  }

  private static int update(Connection connection, String sql, String... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}
