package org.breachresponse.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.breachresponse.notification.NoticeMailDatabase;
import org.breachresponse.notification.notice.NoticeMailLedger.Claim;
import org.breachresponse.notification.notice.NoticeMailLedger.Key;
import org.junit.jupiter.api.Test;

/**
 * The notice e-mail ledger on its real table (V9, H2): one claim at a time across nodes, nothing twice once
 * sent, and a claim its node never finished is taken over when its time ran out.
 */
class NoticeMailLedgerTest {

  private static final Key OVERDUE = new Key(7, "OVERDUE", LocalDate.of(2026, 3, 1));

  private final DataSource database = NoticeMailDatabase.fresh();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final NoticeMailLedger nodeA = new NoticeMailLedger(database, clock, "node-a");
  private final NoticeMailLedger nodeB = new NoticeMailLedger(database, clock, "node-b");

  @Test
  void onceSentNeitherARetryNorAnotherNodeSendsIt() {
    assertThat(nodeA.claim(OVERDUE)).isEqualTo(Claim.SEND);
    nodeA.sent(OVERDUE);

    assertThat(nodeA.claim(OVERDUE)).isEqualTo(Claim.ALREADY_SENT);
    clock.advance(NoticeMailLedger.CLAIM.multipliedBy(10));
    assertThat(nodeB.claim(OVERDUE)).isEqualTo(Claim.ALREADY_SENT);
  }

  @Test
  void whileOneNodeIsSendingAnotherWaitsForItsRetry() {
    assertThat(nodeA.claim(OVERDUE)).isEqualTo(Claim.SEND);

    assertThatThrownBy(() -> nodeB.claim(OVERDUE))
        .isInstanceOf(NoticeMailBeingSentException.class)
        .hasMessageContaining("node-a");
  }

  @Test
  void aClaimWhoseNodeDiedBeforeSendingIsTakenOverOnceItsTimeRanOut() {
    assertThat(nodeA.claim(OVERDUE)).isEqualTo(Claim.SEND);
    // node-a dies here: nothing marks the e-mail sent

    clock.advance(NoticeMailLedger.CLAIM.plusSeconds(1));
    assertThat(nodeB.claim(OVERDUE)).isEqualTo(Claim.SEND);
    assertThatThrownBy(() -> nodeA.claim(OVERDUE)).isInstanceOf(NoticeMailBeingSentException.class)
        .hasMessageContaining("node-b");
  }

  @Test
  void aFailedSendReleasesItsClaimForTheRetry() {
    assertThat(nodeA.claim(OVERDUE)).isEqualTo(Claim.SEND);
    nodeA.release(OVERDUE);

    assertThat(nodeA.claim(OVERDUE)).isEqualTo(Claim.SEND);
  }

  @Test
  void eachKindAndDueDateIsAMailOfItsOwn() {
    assertThat(nodeA.claim(OVERDUE)).isEqualTo(Claim.SEND);
    nodeA.sent(OVERDUE);

    assertThat(nodeA.claim(new Key(7, "REMINDER_7", OVERDUE.dueDate()))).isEqualTo(Claim.SEND);
    assertThat(nodeA.claim(new Key(7, "OVERDUE", OVERDUE.dueDate().plusDays(30)))).as("after a law-enforcement delay")
        .isEqualTo(Claim.SEND);
    assertThat(nodeA.claim(new Key(8, "OVERDUE", OVERDUE.dueDate()))).isEqualTo(Claim.SEND);
  }

  private static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(java.time.Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
