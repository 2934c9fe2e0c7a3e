package org.breachresponse.recovery;

import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;

/** One line of {@code Close the security gaps}: {@code the gap | the change that closes it}. */
record SecurityGapLine(String gap, String change) {

  static final String FIELD = "securityGaps";
  static final int MAX_GAPS = 100;

  /** Every non-blank line, or all the lines' errors at once; at least one gap. */
  static List<SecurityGapLine> parseAll(String text) {
    List<SecurityGapLine> gaps = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\\|", -1);
      String gap = cells[0].strip();
      String change = cells.length == 2 ? cells[1].strip() : "";
      if (cells.length != 2 || gap.isEmpty() || change.isEmpty()) {
        errors.add(new FieldError(FIELD, "line " + (i + 1) + ": write 'the gap | the change that closes it'"));
      } else if (gap.length() > 1000 || change.length() > 2000) {
        errors.add(new FieldError(FIELD, "line " + (i + 1) + ": the gap at most 1000 characters, the change 2000"));
      } else {
        gaps.add(new SecurityGapLine(gap, change));
      }
    }
    if (errors.isEmpty() && gaps.isEmpty()) {
      errors.add(new FieldError(FIELD, "name at least one gap and the change that closes it"));
    }
    if (gaps.size() > MAX_GAPS) {
      errors.add(new FieldError(FIELD, "at most " + MAX_GAPS + " gaps"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return gaps;
  }
}
