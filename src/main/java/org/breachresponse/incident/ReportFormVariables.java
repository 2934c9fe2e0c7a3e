package org.breachresponse.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.IsoDate;

/**
 * The fields of the start form {@code reportBreach}: a report arrives in these variables whether staff
 * start the process in the Tasklist or a script calls the API, and {@code Record the report} moves it
 * into our tables.
 */
final class ReportFormVariables {

  static final String REPORTED_BY = "reportedBy";
  static final String DISCOVERY_DATE = "discoveryDate";
  static final String OTHER_SIGNS = "otherSigns";
  static final String DESCRIPTION = "description";
  private static final Map<Sign, String> SIGN_FIELDS = Map.of(
      Sign.UNUSUAL_NETWORK_ACTIVITY, "signUnusualNetworkActivity",
      Sign.REPEATED_SYSTEM_CRASHES, "signRepeatedSystemCrashes",
      Sign.UNEXPECTED_PASSWORD_CHANGES, "signUnexpectedPasswordChanges",
      Sign.MODIFIED_DATA, "signModifiedData",
      Sign.STRANGE_MESSAGES_TO_USERS, "signStrangeMessagesToUsers");

  /** The start form's labels, so the Tasklist names a refused field as staff see it. */
  private static final Map<String, String> LABELS = Map.of(
      REPORTED_BY, "Who noticed it",
      DISCOVERY_DATE, "Date the breach was discovered",
      "signs", "Signs observed (tick at least one, or fill in Other signs)",
      OTHER_SIGNS, "Other signs",
      DESCRIPTION, "Description");

  private ReportFormVariables() {
  }

  /** The same refusal, each field named by its label on the start form. */
  static InvalidInputException labelled(InvalidInputException refused) {
    return new InvalidInputException(refused.errors().stream()
        .map(error -> new FieldError(LABELS.getOrDefault(error.field(), error.field()), error.message()))
        .toList());
  }

  static Map<String, Object> of(IncidentReport report) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REPORTED_BY, report.reportedBy());
    variables.put(DISCOVERY_DATE, report.discoveryDate().toString());
    variables.put(OTHER_SIGNS, report.otherSigns());
    variables.put(DESCRIPTION, report.description());
    SIGN_FIELDS.forEach((sign, field) -> variables.put(field, report.signs().contains(sign)));
    return variables;
  }

  static IncidentReport read(FormValues form) {
    List<Sign> signs = new ArrayList<>();
    SIGN_FIELDS.forEach((sign, field) -> {
      if (form.flag(field)) {
        signs.add(sign);
      }
    });
    String otherSigns = form.text(OTHER_SIGNS);
    if (otherSigns != null && !otherSigns.isBlank()) {
      signs.add(Sign.OTHER);
    }
    return new IncidentReport(form.text(REPORTED_BY), date(form.text(DISCOVERY_DATE)), signs, otherSigns,
        form.text(DESCRIPTION));
  }

  static List<String> names() {
    List<String> names = new ArrayList<>(List.of(REPORTED_BY, DISCOVERY_DATE, OTHER_SIGNS, DESCRIPTION));
    names.addAll(SIGN_FIELDS.values());
    return names;
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<FieldError> errors = new ArrayList<>();
    LocalDate date = IsoDate.read(DISCOVERY_DATE, text, "must be a date like 2026-04-06", errors);
    InvalidInputException.ifAny(errors);
    return date;
  }
}
