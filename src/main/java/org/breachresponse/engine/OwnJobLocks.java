package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A node that died holding jobs leaves them locked in its name until the lock expires (30 s,
 * {@link EngineConfiguration}). When the same node starts again it releases them at once, before its job
 * executor looks for jobs: the earlier life that locked them is gone, so nobody runs them. Like the engine's
 * own unlock, it raises each job's revision, so a stale holder's commit would fail instead of overwriting
 * (Camunda's optimistic locking on {@code REV_}). Two live nodes must never share a name (README, ADR 0014).
 */
final class OwnJobLocks {

  private static final Logger LOG = Logger.getLogger(OwnJobLocks.class.getName());

  private OwnJobLocks() {
  }

  /** @return how many jobs were released */
  static int release(DataSource dataSource, String nodeName) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement unlock = connection.prepareStatement("update ACT_RU_JOB"
             + " set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, REV_ = REV_ + 1 where LOCK_OWNER_ = ?")) {
      unlock.setString(1, nodeName);
      int released = unlock.executeUpdate();
      LOG.info(() -> "Node '" + nodeName + "' released " + released
          + " jobs its earlier run had locked; they run again now instead of after their lock expired");
      return released;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not release the jobs locked by node '" + nodeName + "'", e);
    }
  }
}
