package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Flyway refuses to start when an applied migration's file no longer has the checksum recorded when it ran. A
 * migration's SQL never changes once released; where only its comments were corrected, this records the corrected
 * file's checksum for databases that ran the old one, and for no other checksum (a real edit still fails).
 */
final class AppliedMigrationCorrections {

  private static final Logger LOG = Logger.getLogger(AppliedMigrationCorrections.class.getName());

  /** A comment-only correction of a released migration. */
  record Correction(String version, int releasedChecksum, int correctedChecksum, String what) {
  }

  static final List<Correction> CORRECTIONS = List.of(
      new Correction("4", 770548503, 2090008732,
          "V4's two comments cite docs/legal-sources.md instead of a file outside the repository"));

  private AppliedMigrationCorrections() {
  }

  static void apply(DataSource dataSource, String historyTable) {
    try (Connection connection = dataSource.getConnection()) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, historyTable, null)) {
        if (!tables.next()) {
          return;
        }
      }
      for (Correction correction : CORRECTIONS) {
        try (PreparedStatement update = connection.prepareStatement("update \"" + historyTable
            + "\" set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?")) {
          update.setInt(1, correction.correctedChecksum());
          update.setString(2, correction.version());
          update.setInt(3, correction.releasedChecksum());
          if (update.executeUpdate() > 0) {
            LOG.info(() -> "Migration V" + correction.version() + " was corrected after it ran: " + correction.what());
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record corrected migration checksums in " + historyTable, e);
    }
  }
}
