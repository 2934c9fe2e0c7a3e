package org.breachresponse.containment;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.DateTimeWithZone;

/**
 * {@code Record evidence}: either items, one per line as {@code description | SHA-256 | where it is stored},
 * with who collected them and when (an ISO date-time with its offset or zone, e.g.
 * {@code 2026-12-01T14:30-06:00} or {@code 2026-12-01T14:30[America/Chicago]}), or the reason none was taken.
 */
record EvidenceForm(List<Item> items, String collectedBy, ZonedDateTime collectedAt, String noEvidenceReason) {

  static final String ITEMS = "evidenceItems";
  static final String COLLECTED_BY = "collectedBy";
  static final String COLLECTED_AT = "collectedAt";
  static final String NO_EVIDENCE_REASON = "noEvidenceReason";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** One item as the form lists it. */
  record Item(String description, String sha256, String storageLocation) {
  }

  static EvidenceForm parse(String itemsText, String collectedBy, String collectedAt, String noEvidenceReason) {
    List<FieldError> errors = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    String[] lines = itemsText == null ? new String[0] : itemsText.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] parts = lines[i].split("\\|", -1);
      String where = "line " + (i + 1) + ": ";
      if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()
          || parts[0].strip().length() > 500 || parts[2].strip().length() > 500) {
        errors.add(new FieldError(ITEMS, where + "write description | SHA-256 | where it is stored"));
        continue;
      }
      String hash = parts[1].strip().toLowerCase(Locale.ROOT);
      if (!SHA256.matcher(hash).matches()) {
        errors.add(new FieldError(ITEMS, where + "the SHA-256 must be 64 hexadecimal characters"));
        continue;
      }
      items.add(new Item(parts[0].strip(), hash, parts[2].strip()));
    }
    String reason = blankToNull(noEvidenceReason);
    if (items.isEmpty() && errors.isEmpty() && reason == null) {
      errors.add(new FieldError(NO_EVIDENCE_REASON, "list the evidence taken, or say why none was taken"));
    }
    if (!items.isEmpty() && reason != null) {
      errors.add(new FieldError(NO_EVIDENCE_REASON, "leave empty when evidence is listed"));
    }
    if (reason != null && reason.length() > 2000) {
      errors.add(new FieldError(NO_EVIDENCE_REASON, "at most 2000 characters"));
    }
    String collector = blankToNull(collectedBy);
    ZonedDateTime when = null;
    if (!items.isEmpty()) {
      if (collector == null || collector.length() > 200) {
        errors.add(new FieldError(COLLECTED_BY, "who collected the evidence, in at most 200 characters"));
      }
      when = DateTimeWithZone.read(COLLECTED_AT, collectedAt,
          "when it was collected, with its time zone: " + DateTimeWithZone.EXAMPLES, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new EvidenceForm(List.copyOf(items), collector, when, reason);
  }


  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
