package org.breachresponse.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reader per kind of date; each error names the form field and says what was expected. */
class IsoDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private final List<FieldError> errors = new ArrayList<>();

  @Test
  void anIsoDateIsReadWithSurroundingSpaces() {
    assertThat(IsoDate.read("breachDate", " 2026-05-01 ", "a date like 2026-05-01", errors))
        .isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(errors).isEmpty();
  }

  @Test
  void aMissingOrMalformedDateIsAnErrorNamingTheField() {
    assertThat(IsoDate.read("startedOn", null, "required, a date", errors)).isNull();
    assertThat(IsoDate.read("endedOn", "05/01/2026", "required, a date", errors)).isNull();
    assertThat(IsoDate.read("breachDate", "2026-02-30", "a date like 2026-05-01", errors)).isNull();

    assertThat(errors).containsExactly(new FieldError("startedOn", "required, a date"),
        new FieldError("endedOn", "required, a date"), new FieldError("breachDate", "a date like 2026-05-01"));
  }

  @Test
  void aPastDateMayBeTodayButNotTomorrow() {
    assertThat(IsoDate.past("sentOn", "2026-12-06", TODAY, "the day it went out", errors)).isEqualTo(TODAY);
    assertThat(IsoDate.past("sentOn", "2026-12-07", TODAY, "the day it went out", errors)).isNull();

    assertThat(errors).containsExactly(new FieldError("sentOn", IsoDate.IN_THE_FUTURE));
  }

  @Test
  void aMomentNeedsItsTimeZone() {
    assertThat(DateTimeWithZone.read("collectedAt", "2026-12-01T14:30[America/Chicago]", "with its zone", errors))
        .isEqualTo(ZonedDateTime.parse("2026-12-01T14:30-06:00[America/Chicago]"));
    assertThat(DateTimeWithZone.read("collectedAt", "2026-12-01T14:30", "with its zone", errors)).isNull();

    assertThat(errors).containsExactly(new FieldError("collectedAt", "with its zone"));
  }
}
