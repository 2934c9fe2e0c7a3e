package org.breachresponse.notification.individual;

import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;

/**
 * The problems found in an uploaded file, each named by the line its record starts on. A badly exported
 * spreadsheet can be wrong on every line; the first {@value #SHOWN} are kept and the rest counted, so the
 * answer stays readable and small.
 */
final class CsvErrors {

  static final int SHOWN = 200;
  static final String FILE = "file";

  private final List<FieldError> shown = new ArrayList<>();
  private int more;

  void add(String field, String message) {
    if (shown.size() < SHOWN) {
      shown.add(new FieldError(field, message));
    } else {
      more++;
    }
  }

  void add(int line, String field, String message) {
    add("line " + line + ": " + field, message);
  }

  int count() {
    return shown.size() + more;
  }

  InvalidInputException toException() {
    List<FieldError> errors = new ArrayList<>(shown);
    if (more > 0) {
      errors.add(new FieldError(FILE, more + " more " + (more == 1 ? "error" : "errors")
          + " not shown; fix the ones above and upload the file again"));
    }
    return new InvalidInputException(errors);
  }
}
