package org.breachresponse.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matrix in {@code docs/authorization.md}, read from its tables, so what the document says and what the
 * tests enforce are one thing. A table is found by the heading above it; each line is keyed by the first
 * backticked text of its first cell; each other column is a caller, whose cell is ✓ (allowed) or — (refused).
 */
final class AuthorizationMatrix {

  static final Path DOCUMENT = Path.of("docs/authorization.md");
  static final String ANONYMOUS = "Anonymous";
  /** The document's column for each caller, and the user who plays it (development users, password = id). */
  static final Map<String, String> USERS = Map.of("FD", Roles.FRONT_DESK, "IT", Roles.IT_RESPONDER,
      "PO", Roles.PRIVACY_OFFICER, "OW", Roles.PRACTICE_OWNER, "CA", Roles.COMPLIANCE_AUDITOR, "AD", "demo");
  static final List<String> CALLERS = List.of(ANONYMOUS, "FD", "IT", "PO", "OW", "CA", "AD");

  private static final Pattern KEY = Pattern.compile("`([^`]+)`");

  private final List<String> lines;

  private AuthorizationMatrix(List<String> lines) {
    this.lines = lines;
  }

  static AuthorizationMatrix read() {
    try {
      return new AuthorizationMatrix(Files.readAllLines(DOCUMENT));
    } catch (IOException e) {
      throw new UncheckedIOException("The matrix is " + DOCUMENT.toAbsolutePath(), e);
    }
  }

  /** The table under the heading {@code ## <heading>}: line key → caller column → allowed. */
  Map<String, Map<String, Boolean>> table(String heading) {
    int at = lines.indexOf("## " + heading);
    if (at < 0) {
      throw new IllegalStateException(DOCUMENT + " has no heading '## " + heading + "'");
    }
    int header = at + 1;
    while (header < lines.size() && !lines.get(header).startsWith("|")) {
      header++;
    }
    List<String> columns = cells(lines.get(header));
    if (!columns.subList(1, columns.size()).equals(CALLERS)) {
      throw new IllegalStateException("'" + heading + "' must have the columns " + CALLERS + ", not " + columns);
    }
    Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
    for (int row = header + 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
      List<String> cells = cells(lines.get(row));
      Matcher key = KEY.matcher(cells.get(0));
      if (!key.find() || cells.size() != columns.size()) {
        throw new IllegalStateException("'" + heading + "', line " + (row + 1) + ": " + lines.get(row));
      }
      Map<String, Boolean> outcomes = new LinkedHashMap<>();
      for (int column = 1; column < cells.size(); column++) {
        outcomes.put(columns.get(column), allowed(cells.get(column), heading, row));
      }
      if (table.put(key.group(1), outcomes) != null) {
        throw new IllegalStateException("'" + heading + "' has two lines for " + key.group(1));
      }
    }
    return table;
  }

  private static boolean allowed(String cell, String heading, int row) {
    return switch (cell) {
      case "✓" -> true;
      case "—" -> false;
      default -> throw new IllegalStateException("'" + heading + "', line " + (row + 1) + ": '" + cell
          + "' is neither ✓ nor —");
    };
  }

  private static List<String> cells(String line) {
    String inner = line.trim().replaceAll("^\\||\\|$", "");
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.trim());
    }
    return cells;
  }
}
