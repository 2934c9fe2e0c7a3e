package org.breachresponse.notification.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.IsoDate;
import org.breachresponse.input.Choice;

/**
 * The {@code Plan notifications} form: notices the privacy officer adds (business partners whose data was
 * involved, a report to law enforcement) and legal notices that will not be sent, each with a reason. Lines
 * are parsed strictly; an error names the field and line, and the task stays open.
 */
public final class PlanNotificationsForm {

  static final String BUSINESS_PARTNERS = "businessPartners";
  static final String LAW_ENFORCEMENT = "lawEnforcementReport";
  static final String LAW_ENFORCEMENT_DUE = "lawEnforcementDueDate";
  static final String NOT_SENT = "legalNoticesNotSent";
  static final String BREACH_DATE = "breachDate";
  private static final String DATE_LIKE = "a date like 2026-05-01";
  static final String WHAT_HAPPENED = "letterWhatHappened";
  static final String WHAT_WE_ARE_DOING = "letterWhatWeAreDoing";
  public static final List<String> FIELDS = List.of(BUSINESS_PARTNERS, LAW_ENFORCEMENT, LAW_ENFORCEMENT_DUE, NOT_SENT,
      BREACH_DATE, WHAT_HAPPENED, WHAT_WE_ARE_DOING);
  static final int MIN_WORDING = 20;
  static final int MAX_WORDING = 4000;

  /** The agencies the plan offers for a report (the FBI's IC3 for cyber crime, local police). */
  enum LawEnforcementReport {
    NONE(List.of()),
    IC3(List.of("FBI Internet Crime Complaint Center (IC3, ic3.gov)")),
    LOCAL_POLICE(List.of("Local police")),
    IC3_AND_LOCAL_POLICE(List.of("FBI Internet Crime Complaint Center (IC3, ic3.gov)", "Local police"));

    final List<String> agencies;

    LawEnforcementReport(List<String> agencies) {
      this.agencies = agencies;
    }
  }

  public record Plan(List<AddedNotice> added, Map<Integer, String> notSent, Wording wording) {
  }

  /** The letters' words about this breach (45 CFR 164.404(c)(1)(A) and (D)). */
  public record Wording(LocalDate breachDate, String whatHappened, String whatWeAreDoing) {
  }

  private PlanNotificationsForm() {
  }

  /** Every field of the form by its key; {@code legalNotices}: how many notices the plan numbers. */
  public static Plan read(Map<String, String> form, int legalNotices, LocalDate discoveryDate) {
    List<FieldError> errors = new ArrayList<>();
    Wording wording = wording(form, discoveryDate, errors);
    String businessPartners = form.get(BUSINESS_PARTNERS);
    String lawEnforcement = form.get(LAW_ENFORCEMENT);
    String lawEnforcementDue = form.get(LAW_ENFORCEMENT_DUE);
    String notSent = form.get(NOT_SENT);
    List<AddedNotice> added = new ArrayList<>(partners(businessPartners, errors));
    LawEnforcementReport report = lawEnforcementReport(lawEnforcement, errors);
    if (report != LawEnforcementReport.NONE) {
      LocalDate due = IsoDate.read(LAW_ENFORCEMENT_DUE, lawEnforcementDue, DATE_LIKE, errors);
      if (due != null) {
        report.agencies.forEach(agency -> added.add(new AddedNotice(Recipient.LAW_ENFORCEMENT,
            DerivedObligation.FEDERAL, agency, due, "Report of a crime (chosen by the practice)", false)));
      }
    }
    Map<Integer, String> reasons = notSent(notSent, legalNotices, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Plan(added, reasons, wording);
  }

  private static Wording wording(Map<String, String> form, LocalDate discoveryDate, List<FieldError> errors) {
    String happened = form.get(WHAT_HAPPENED) == null ? "" : form.get(WHAT_HAPPENED).strip();
    String doing = form.get(WHAT_WE_ARE_DOING) == null ? "" : form.get(WHAT_WE_ARE_DOING).strip();
    if (happened.length() < MIN_WORDING || happened.length() > MAX_WORDING) {
      errors.add(new FieldError(WHAT_HAPPENED, "required: what happened, in plain words for the letters ("
          + MIN_WORDING + " to " + MAX_WORDING + " characters)"));
    }
    if (doing.length() < MIN_WORDING || doing.length() > MAX_WORDING) {
      errors.add(new FieldError(WHAT_WE_ARE_DOING, "required: what the practice is doing about it, for the letters ("
          + MIN_WORDING + " to " + MAX_WORDING + " characters)"));
    }
    String breachText = form.get(BREACH_DATE);
    LocalDate breachDate = null;
    if (breachText != null && !breachText.isBlank()) {
      breachDate = IsoDate.read(BREACH_DATE, breachText, DATE_LIKE, errors);
      if (breachDate != null && breachDate.isAfter(discoveryDate)) {
        errors.add(new FieldError(BREACH_DATE, "the breach cannot have happened after it was discovered (" + discoveryDate + ")"));
      }
    }
    return new Wording(breachDate, happened, doing);
  }

  private static List<AddedNotice> partners(String text, List<FieldError> errors) {
    List<AddedNotice> partners = new ArrayList<>();
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String field = BUSINESS_PARTNERS + " line " + (i + 1);
      String[] parts = lines.get(i).split(";", -1);
      if (parts.length != 3 || parts[0].isBlank() || parts[0].strip().length() > 200 || parts[2].strip().length() > 300) {
        errors.add(new FieldError(field, "write: partner name; due date (2026-05-01); contract clause or reason"));
        continue;
      }
      LocalDate due = IsoDate.read(field, parts[1], DATE_LIKE, errors);
      if (due != null) {
        String basis = parts[2].isBlank() ? "Contract with the business partner" : parts[2].strip();
        partners.add(new AddedNotice(Recipient.BUSINESS_PARTNER, DerivedObligation.FEDERAL, parts[0].strip(), due,
            basis, false));
      }
    }
    return partners;
  }

  private static LawEnforcementReport lawEnforcementReport(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return LawEnforcementReport.NONE;
    }
    LawEnforcementReport report = Choice.read(LAW_ENFORCEMENT, value, LawEnforcementReport.class,
        "one of " + List.of(LawEnforcementReport.values()), errors);
    return report == null ? LawEnforcementReport.NONE : report;
  }

  private static Map<Integer, String> notSent(String text, int legalNotices, List<FieldError> errors) {
    Map<Integer, String> reasons = new LinkedHashMap<>();
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String field = NOT_SENT + " line " + (i + 1);
      String[] parts = lines.get(i).split(";", 2);
      Integer number = parts.length == 2 ? number(parts[0]) : null;
      if (number == null || number < 1 || number > legalNotices) {
        errors.add(new FieldError(field, "write: the notice's number in the plan (1 to " + legalNotices + "); reason"));
      } else if (parts[1].strip().length() < 10 || parts[1].strip().length() > 2000) {
        errors.add(new FieldError(field, "a legal notice is only left out with a reason of 10 to 2,000 characters"));
      } else if (reasons.putIfAbsent(number, parts[1].strip()) != null) {
        errors.add(new FieldError(field, "notice " + number + " is named twice"));
      }
    }
    return reasons;
  }

  private static Integer number(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
  }
}
