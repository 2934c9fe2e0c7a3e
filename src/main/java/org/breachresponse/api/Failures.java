package org.breachresponse.api;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.breachresponse.input.Problem;
import org.breachresponse.process.ConcurrentConflict;

/**
 * The answer to a failure nothing else answered, in the API's problem shape: 503 when another request changed
 * the same data at the same moment ({@link ConcurrentConflict}: a retry cures it), else 500 naming an error id.
 * The log line names the request and the failure's classes (with SQL states and our code's frame where it
 * happened), never a message: messages can quote what was entered, and that can be health information.
 */
final class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());
  private static final int MAX_CAUSES = 12;

  private Failures() {
  }

  static Problem problemFor(Throwable failure, String method, String path) {
    Optional<String> conflict = ConcurrentConflict.kind(failure);
    if (conflict.isPresent()) {
      LOG.info(() -> method + " " + path + " answered 503: it met a concurrent update (" + conflict.get() + ")");
      return Problem.concurrentUpdate();
    }
    String errorId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    LOG.log(Level.SEVERE, () -> method + " " + path + " failed, error " + errorId + ": " + describe(failure));
    return Problem.internalError(errorId);
  }

  /** {@code IllegalStateException at org.breachresponse.X.y(X.java:12) <- SQLException [SQLState 23505]}. */
  static String describe(Throwable failure) {
    List<String> causes = new ArrayList<>();
    for (Throwable cause = failure; cause != null && causes.size() < MAX_CAUSES; cause = cause.getCause()) {
      StringBuilder line = new StringBuilder(cause.getClass().getName());
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        line.append(" [SQLState ").append(sql.getSQLState()).append(']');
      }
      for (StackTraceElement frame : cause.getStackTrace()) {
        if (frame.getClassName().startsWith("org.breachresponse.")) {
          line.append(" at ").append(frame);
          break;
        }
      }
      causes.add(line.toString());
      if (cause.getCause() == cause) {
        break;
      }
    }
    return String.join(" <- ", causes);
  }
}
