package org.breachresponse.notification.hhs;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.breachresponse.incident.Incident;
import org.breachresponse.incident.IncidentView.PracticeView;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.process.IncidentReference;

/**
 * The log of one calendar year's breaches affecting fewer than 500 individuals, which HIPAA lets a covered
 * entity report to HHS together, one portal submission per breach, not later than 60 days after the end of
 * the year (45 CFR 164.408(c)). Each entry has the per-breach fields the portal asks for (docs/legal-sources.md,
 * 'HHS breach portal'); the privacy officer files each with {@code GET /incidents/{reference}/hhs-worksheet}.
 *
 * <p>A breach belongs in the year's log when it was discovered in that year, affects fewer than 500
 * individuals, and the rules required a notice to HHS due after the year ends (the annual-log deadline;
 * an incident found not to be a breach has no such notice). Counts and dates only: no individual's data.
 *
 * <p>Each covered entity files its own log, so a log is one practice's: {@code coveredEntity} names it (its name
 * is the covered entity's name on the portal) and only its incidents are entries.
 *
 * @param coveredEntity     the practice whose log this is
 * @param submissionDueDate 31 December plus 60 days: 1 March, or 29 February in a leap year
 */
public record HhsAnnualLog(int year, PracticeView coveredEntity, LocalDate submissionDueDate, String note,
    List<Entry> breaches) {

  /** The first year of the Breach Notification Rule (in force since September 2009). */
  static final int FIRST_YEAR = 2009;

  private static final String NOTE = "File one portal report per breach. Breach start and end dates are not in"
      + " our records: take them from the investigation. The type of breach is a suggestion to confirm.";

  /**
   * One breach as the log records it.
   *
   * @param reference       our tracking reference for the breach
   * @param hhsStatus       whether the report to HHS is still planned, was sent, or was set aside
   * @param hhsReportedOn   when it was filed, if it was
   * @param hhsTransaction  the proof recorded when it was filed, e.g. the portal's transaction number
   */
  public record Entry(IncidentReference reference, ObligationStatus hhsStatus, LocalDate hhsReportedOn,
      String hhsTransaction, LocalDate breachStartDate, LocalDate breachEndDate, LocalDate discoveryDate,
      int individualsAffected,
      String suggestedTypeOfBreach, List<String> typeOfPhi, List<LocalDate> individualNoticesSentOn,
      boolean substituteNotice, List<LocalDate> mediaNoticesSentOn, String actionsTaken) {
  }

  /** What the log needs of one incident that may belong in it; {@code HhsReports} gathers it. */
  record Candidate(Incident incident, List<NotificationObligation> obligations,
      List<SubstituteNotice> substituteNotices, ActionsTaken actions) {
  }

  static LocalDate submissionDueDate(int year) {
    return LocalDate.of(year, Month.DECEMBER, 31).plusDays(60);
  }

  /** The year asked for: a whole number from 2009 to next year. */
  static int year(String text, LocalDate today) {
    int latest = today.getYear() + 1;
    String expected = "give a calendar year from " + FIRST_YEAR + " to " + latest + ", e.g. ?year=" + today.getYear();
    if (text == null || !text.strip().matches("\\d{4}")) {
      throw new InvalidInputException("year", expected);
    }
    int year = Integer.parseInt(text.strip());
    if (year < FIRST_YEAR || year > latest) {
      throw new InvalidInputException("year", expected);
    }
    return year;
  }

  /** The log of practice {@code coveredEntity}: only candidates of that practice are entries. */
  static HhsAnnualLog of(int year, PracticeView coveredEntity, List<Candidate> candidates) {
    List<Entry> entries = candidates.stream()
        .filter(c -> coveredEntity.id().equals(c.incident().practiceId()))
        .filter(c -> belongsInLog(year, c.incident(), c.obligations()))
        .map(HhsAnnualLog::entry).toList();
    return new HhsAnnualLog(year, coveredEntity, submissionDueDate(year), NOTE, entries);
  }

  static boolean belongsInLog(int year, Incident incident, List<NotificationObligation> obligations) {
    LocalDate yearEnd = LocalDate.of(year, Month.DECEMBER, 31);
    return incident.discoveryDate().getYear() == year
        && incident.totalIndividuals() < HhsWorksheet.PUBLIC_THRESHOLD
        && HhsWorksheets.hhsObligation(obligations).filter(o -> o.legalDueDate().isAfter(yearEnd)).isPresent();
  }

  private static Entry entry(Candidate candidate) {
    Incident incident = candidate.incident();
    NotificationObligation hhs = HhsWorksheets.hhsObligation(candidate.obligations()).orElseThrow();
    return new Entry(incident.reference(), hhs.status(), hhs.sentOn(),
        hhs.status() == ObligationStatus.SENT ? hhs.proof() : null, null, null, incident.discoveryDate(),
        incident.totalIndividuals(), HhsWorksheets.breachType(incident.signs()).suggested(),
        HhsWorksheets.typeOfPhi(incident.dataTypes()).suggested(),
        HhsWorksheets.sentOn(candidate.obligations(), Recipient.INDIVIDUALS),
        !candidate.substituteNotices().isEmpty(),
        HhsWorksheets.sentOn(candidate.obligations(), Recipient.MEDIA), candidate.actions().summary());
  }
}
