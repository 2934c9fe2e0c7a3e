package org.breachresponse.notification.obligation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Counting business days for the laws that say so (Iowa, Vermont, Illinois and New York; docs/legal-sources.md,
 * 'Business days'): Monday to Friday, without the federal legal public holidays of 5 U.S.C. 6103(a), moved to the
 * Friday or Monday when they fall on a weekend (Executive Order 11582). State holidays are not counted
 * (which ones count is an open question), so a deadline may fall a day earlier than a court would count
 * it: early is the safe side.
 */
final class BusinessDays {

  private BusinessDays() {
  }

  static LocalDate after(LocalDate start, int businessDays) {
    LocalDate day = start;
    int counted = 0;
    while (counted < businessDays) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day;
  }

  static boolean isBusinessDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !federalHolidays(day.getYear()).contains(day)
        // 31 December is the observed New Year's Day when 1 January of the next year is a Saturday.
        && !federalHolidays(day.getYear() + 1).contains(day);
  }

  static Set<LocalDate> federalHolidays(int year) {
    return Set.of(
        observed(LocalDate.of(year, Month.JANUARY, 1)),
        nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3),
        nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3),
        LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        observed(LocalDate.of(year, Month.JUNE, 19)),
        observed(LocalDate.of(year, Month.JULY, 4)),
        nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1),
        nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2),
        observed(LocalDate.of(year, Month.NOVEMBER, 11)),
        nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4),
        observed(LocalDate.of(year, Month.DECEMBER, 25)));
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  private static LocalDate observed(LocalDate holiday) {
    return switch (holiday.getDayOfWeek()) {
      case SATURDAY -> holiday.minusDays(1);
      case SUNDAY -> holiday.plusDays(1);
      default -> holiday;
    };
  }
}
