package org.breachresponse.engine;

import java.sql.Connection;
import java.sql.DriverManager;

/** The other server in {@link H2SingleNodeTest}: opens the H2 file, says so, and holds it until its input closes. */
public final class H2FileHolder {

  static final String OPEN = "open";

  private H2FileHolder() {
  }

  public static void main(String[] arguments) throws Exception {
    try (Connection connection = DriverManager.getConnection(arguments[0], "sa", "sa")) {
      connection.createStatement().execute("create table if not exists held(id int)");
      System.out.println(OPEN);
      System.out.flush();
      while (System.in.read() >= 0) {
        // holds the file until the test closes our input
      }
    }
  }
}
