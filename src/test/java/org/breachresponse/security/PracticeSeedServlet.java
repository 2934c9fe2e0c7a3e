package org.breachresponse.security;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Test only, deployed beside the application as its own WAR ({@link PracticeIsolationWalkIT}): adds a second
 * practice's row to the application's database, as a provider would through the practices API, so the walk
 * does not depend on that API. {@code POST ?id=&name=&zone=}; a practice that exists stays as it is.
 */
@WebServlet("/practices")
public class PracticeSeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/BreachResponseDS")
  private transient DataSource database;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try (Connection connection = database.getConnection(); PreparedStatement exists = connection.prepareStatement(
        "select count(*) from practice where id = ?")) {
      exists.setString(1, request.getParameter("id"));
      var found = exists.executeQuery();
      found.next();
      if (found.getInt(1) == 0) {
        try (PreparedStatement insert = connection.prepareStatement("insert into practice (id, version, name,"
            + " postal_address, toll_free_number, email, website, privacy_officer, time_zone, active, created_at,"
            + " created_by, directory_kind, edr_kind) values (?, 0, ?, ?, ?, ?, ?, ?, ?, true, ?, 'demo', 'NONE', 'NONE')")) {
          insert.setString(1, request.getParameter("id"));
          insert.setString(2, request.getParameter("name"));
          insert.setString(3, "7 Harbor Road | Tampa, FL 33602");
          insert.setString(4, "1-800-555-0177");
          insert.setString(5, "privacy@molarbay.test");
          insert.setString(6, "https://molarbay.test");
          insert.setString(7, "Lee Moreno, Privacy Officer");
          insert.setString(8, request.getParameter("zone"));
          insert.setTimestamp(9, Timestamp.from(Instant.now()));
          insert.executeUpdate();
        }
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } catch (SQLException e) {
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
    }
  }
}
