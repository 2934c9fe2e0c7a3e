package org.breachresponse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.breachresponse.notification.obligation.ObligationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineStatusTest {

  private static final LocalDate DUE = LocalDate.of(2027, 1, 28);

  @ParameterizedTest(name = "{0} sent {1}, today {2}: {3}")
  @CsvSource(nullValues = "-", textBlock = """
      SENT,     2027-01-10, 2027-03-01, MET
      SENT,     2027-01-28, 2027-03-01, MET
      SENT,     2027-01-29, 2027-03-01, MISSED
      PLANNED,  -,          2027-01-27, PENDING
      PLANNED,  -,          2027-01-28, PENDING
      PLANNED,  -,          2027-01-29, MISSED
      NOT_SENT, -,          2027-01-27, NOT_SENT
      NOT_SENT, -,          2027-02-27, NOT_SENT
      """)
  void aNoticeMeetsItsDeadlineWhenSentByTheEndOfItsDueDay(ObligationStatus status, LocalDate sentOn, LocalDate today,
      DeadlineStatus expected) {
    assertThat(DeadlineStatus.of(status, DUE, sentOn, today)).isEqualTo(expected);
  }
}
