package org.breachresponse.practice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A practice as directory sign-in sees it: its id and name (the Camunda tenant's), the directory group whose
 * members are its staff, and whether it is the first practice, the one the environment defined. Read with
 * plain JDBC on a connection the caller owns (the engine's, while it answers a tenant query: no JPA there).
 *
 * @param practiceId the practice's id, its tenant id
 * @param name       its name, the tenant's name
 * @param staffGroup the DN of the directory group whose members (nested groups count) are its staff; null: none
 * @param first      the practice made from the environment on a server that had none
 */
public record PracticeStaffGroup(String practiceId, String name, String staffGroup, boolean first) {

  /** {@code created_by} of the first practice, the one the environment variables define. */
  public static final String FROM_ENVIRONMENT = "environment";

  private static final String QUERY = "select id, name, staff_group, created_by from practice order by created_at, id";

  /** Every practice, active or not (a deactivated practice's staff still read its incidents), oldest first. */
  public static List<PracticeStaffGroup> read(Connection connection) throws SQLException {
    List<PracticeStaffGroup> practices = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(QUERY); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String group = rows.getString("staff_group");
        practices.add(new PracticeStaffGroup(rows.getString("id"), rows.getString("name"),
            group == null || group.isBlank() ? null : group.strip(), FROM_ENVIRONMENT.equals(rows.getString("created_by"))));
      }
    }
    return practices;
  }

  public Optional<String> group() {
    return Optional.ofNullable(staffGroup);
  }

  /** The first practice without a staff group of its own: everyone in a role is its staff. */
  public boolean staffedByRoles() {
    return first && staffGroup == null;
  }
}
