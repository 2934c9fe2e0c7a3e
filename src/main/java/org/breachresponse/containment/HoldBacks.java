package org.breachresponse.containment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;

/**
 * The {@code holdBack} field of {@code Approve containment}: one line per machine or account that must not
 * be isolated or reset automatically, as {@code name: reason} (e.g. {@code xray-01: the only X-ray server,
 * patients booked today}). Every name must be one of the scoped ones; every reason is required.
 */
final class HoldBacks {

  static final String FIELD = "holdBack";
  private static final int MAX_REASON = 2000;

  private final Map<String, String> reasons;

  private HoldBacks(Map<String, String> reasons) {
    this.reasons = reasons;
  }

  static HoldBacks none() {
    return new HoldBacks(Map.of());
  }

  /** Parses {@code text} against the scoped names; each bad line is named in the error. */
  static HoldBacks parse(String text, Collection<String> scopedNames) {
    Map<String, String> reasons = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    if (text != null) {
      String[] lines = text.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        String where = "line " + (i + 1) + ": ";
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon).strip();
        String reason = colon < 0 ? "" : line.substring(colon + 1).strip();
        Optional<String> scoped = scopedNames.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
        if (scoped.isEmpty()) {
          errors.add(new FieldError(FIELD, where + "no scoped machine or account is called \"" + shorten(name) + "\""));
        } else if (reason.isEmpty() || reason.length() > MAX_REASON) {
          errors.add(new FieldError(FIELD, where + "write name: reason, the reason in at most " + MAX_REASON + " characters"));
        } else if (reasons.putIfAbsent(scoped.get().toLowerCase(Locale.ROOT), reason) != null) {
          errors.add(new FieldError(FIELD, where + scoped.get() + " is held back twice"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new HoldBacks(reasons);
  }

  /** Why {@code name} is held back, or null when it is contained automatically. */
  String reason(String name) {
    return reasons.get(name.toLowerCase(Locale.ROOT));
  }

  int size() {
    return reasons.size();
  }

  private static String shorten(String name) {
    return name.length() > 60 ? name.substring(0, 60) + "…" : name;
  }
}
