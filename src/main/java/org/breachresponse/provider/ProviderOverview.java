package org.breachresponse.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.breachresponse.practice.Practice;
import org.breachresponse.process.Phase;
import org.breachresponse.provider.OverviewQueries.DueDay;
import org.breachresponse.provider.OverviewQueries.OpenIncident;
import org.breachresponse.provider.OverviewQueries.OpenNotices;
import org.breachresponse.provider.OverviewQueries.OverviewData;

/**
 * {@code GET /api/breach/provider/overview}: every practice the caller belongs to (those with an overdue notice
 * first, then by name) with its open incidents (overdue first, then by next deadline, then newest), and the notices
 * due in the coming {@link #HORIZON_DAYS} days across those practices, week by week. "Today" and "overdue" are each
 * practice's own, in its time zone.
 */
public record ProviderOverview(Instant asOf, List<PracticeOverview> practices, ComingDeadlines comingDeadlines) {

  static final int HORIZON_DAYS = 60;
  /** The period of each practice's response record: the last 12 months. */
  static final int RESPONSE_DAYS = 365;

  /**
   * One practice and its open incidents; {@code failedAlerts}: alert deliveries that ran out of retries (each an
   * incident in Cockpit), which someone must fix before the practice's next breach goes unannounced.
   */
  public record PracticeOverview(String id, String name, boolean active, String timeZone, LocalDate today,
      int openIncidents, int overdueIncidents, int failedAlerts, ResponseRecord responseRecord,
      List<IncidentOverview> incidents) {
  }

  /**
   * A practice's first hours over the last {@value #RESPONSE_DAYS} days: its early steps' targets met and missed
   * (an open step past its target counts as missed), and the median times to acknowledge, confirm and contain
   * (ISO-8601 durations, null when there was none).
   */
  public record ResponseRecord(int targetsMet, int targetsMissed, String medianToAcknowledge, String medianToConfirm,
      String medianToContain) {
    static final ResponseRecord NONE = new ResponseRecord(0, 0, null, null, null);
  }

  /**
   * One open incident: its phase, the targets contained (done of total, and how many wait for a person), and its
   * notices still to send with the earliest due date.
   */
  public record IncidentOverview(String reference, Phase phase, Instant reportedAt, Containment containment,
      int openNotices, LocalDate nextDeadline, Long daysLeft, boolean overdue) {
  }

  /** An incident's containment targets: done of total, and how many wait for a person. */
  public record Containment(int done, int total, int needPerson) {
    static final Containment NONE = new Containment(0, 0, 0);
  }

  /** Open notices due up to {@code days} days ahead, week by week; those already overdue apart. */
  public record ComingDeadlines(int days, List<PracticeCount> overdue, List<Week> weeks) {
  }

  /**
   * Days {@code fromDay} to {@code toDay} from today (each practice's today), with the dates as seen today in UTC.
   */
  public record Week(int fromDay, int toDay, LocalDate from, LocalDate to, int total, List<PracticeCount> practices) {
  }

  /** How many notices of one practice. */
  public record PracticeCount(String id, String name, int count) {
  }

  static ProviderOverview of(List<Practice> practices, OverviewData data, Instant now) {
    Map<String, LocalDate> today = practices.stream().collect(Collectors.toMap(p -> p.id().value(),
        p -> LocalDate.ofInstant(now, p.zone())));
    Map<String, List<IncidentOverview>> incidents = new LinkedHashMap<>();
    for (OpenIncident incident : data.incidents()) {
      OpenNotices notices = data.notices().get(incident.id());
      LocalDate next = notices == null ? null : notices.nextDue();
      Long daysLeft = next == null ? null : ChronoUnit.DAYS.between(today.get(incident.practiceId()), next);
      incidents.computeIfAbsent(incident.practiceId(), id -> new ArrayList<>()).add(new IncidentOverview(
          incident.reference(), incident.phase(), incident.reportedAt(),
          data.containment().getOrDefault(incident.id(), Containment.NONE), notices == null ? 0 : notices.count(),
          next, daysLeft, daysLeft != null && daysLeft < 0));
    }
    List<PracticeOverview> overviews = new ArrayList<>();
    for (Practice practice : practices) {
      String id = practice.id().value();
      List<IncidentOverview> open = new ArrayList<>(incidents.getOrDefault(id, List.of()));
      open.sort(URGENT_FIRST);
      overviews.add(new PracticeOverview(id, practice.name(), practice.active(), practice.zone().getId(),
          today.get(id), open.size(), (int) open.stream().filter(IncidentOverview::overdue).count(),
          data.failedAlerts().getOrDefault(id, 0), data.responseRecords().getOrDefault(id, ResponseRecord.NONE), open));
    }
    overviews.sort(Comparator.comparing((PracticeOverview p) -> p.overdueIncidents() == 0)
        .thenComparing(PracticeOverview::name, String.CASE_INSENSITIVE_ORDER));
    return new ProviderOverview(now, overviews, coming(practices, data.dueDays(), today, now));
  }

  private static final Comparator<IncidentOverview> URGENT_FIRST =
      Comparator.comparing((IncidentOverview i) -> !i.overdue())
          .thenComparing(IncidentOverview::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(IncidentOverview::reportedAt, Comparator.reverseOrder());

  private static ComingDeadlines coming(List<Practice> practices, List<DueDay> dueDays, Map<String, LocalDate> today,
      Instant now) {
    Map<String, String> names = practices.stream().collect(Collectors.toMap(p -> p.id().value(), Practice::name));
    int weeks = (HORIZON_DAYS + 7) / 7;
    List<Map<String, Integer>> perWeek = new ArrayList<>();
    for (int week = 0; week < weeks; week++) {
      perWeek.add(new LinkedHashMap<>());
    }
    Map<String, Integer> overdue = new LinkedHashMap<>();
    for (DueDay day : dueDays) {
      LocalDate practiceToday = today.get(day.practiceId());
      if (practiceToday == null) {
        continue;
      }
      long offset = ChronoUnit.DAYS.between(practiceToday, day.due());
      if (offset < 0) {
        overdue.merge(day.practiceId(), day.count(), Integer::sum);
      } else if (offset <= HORIZON_DAYS) {
        perWeek.get((int) (offset / 7)).merge(day.practiceId(), day.count(), Integer::sum);
      }
    }
    LocalDate utcToday = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
    List<Week> result = new ArrayList<>();
    for (int week = 0; week < weeks; week++) {
      int from = week * 7;
      int to = Math.min(from + 6, HORIZON_DAYS);
      List<PracticeCount> counts = counts(perWeek.get(week), names);
      result.add(new Week(from, to, utcToday.plusDays(from), utcToday.plusDays(to),
          counts.stream().mapToInt(PracticeCount::count).sum(), counts));
    }
    return new ComingDeadlines(HORIZON_DAYS, counts(overdue, names), result);
  }

  private static List<PracticeCount> counts(Map<String, Integer> byPractice, Map<String, String> names) {
    return byPractice.entrySet().stream()
        .map(entry -> new PracticeCount(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
        .sorted(Comparator.comparing(PracticeCount::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The practices' ids, for the queries. */
  static Set<String> ids(List<Practice> practices) {
    return practices.stream().map(p -> p.id().value()).collect(Collectors.toSet());
  }
}
