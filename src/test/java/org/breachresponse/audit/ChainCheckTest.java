package org.breachresponse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verifier's findings over chains built by appending real entries, then tampered with as rows. */
class ChainCheckTest {

  private static final Instant START = Instant.parse("2026-11-28T09:00:00.000001Z");

  private final ChainHead head = ChainHead.empty();
  private final List<ChainRow> rows = new ArrayList<>();

  @Test
  void untouchedChainIsIntact() {
    append(5);

    ChainVerification result = check();

    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(5);
    assertThat(result.firstBrokenLink()).isNull();
    assertThat(result.brokenLinks()).isEmpty();
    assertThat(result.headPosition()).isEqualTo(5);
    assertThat(result.headHash()).isEqualTo(rows.get(4).entryHash());
  }

  @Test
  void emptyChainIsIntact() {
    ChainVerification result = check();

    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isZero();
    assertThat(result.headHash()).isEqualTo(EntryHash.GENESIS);
  }

  @Test
  void editedSummaryIsTheChangedEntryAndNothingElse() {
    append(5);
    ChainRow third = rows.get(2);
    rows.set(2, new ChainRow(third.id(), 3L, third.occurredAt(), third.actor(), third.incidentReference(),
        third.action(), "Triage decision: NOT_A_BREACH", third.previousHash(), third.entryHash()));

    ChainVerification result = check();

    assertThat(result.intact()).isFalse();
    assertThat(result.brokenLinks()).containsExactly(
        new BrokenLink(BrokenLinkKind.ENTRY_CHANGED, 3L, third.id(), "BR-2026-0003", BrokenLinkKind.ENTRY_CHANGED.meaning()));
    assertThat(result.firstBrokenLink()).isEqualTo(result.brokenLinks().get(0));
    assertThat(result.entriesChecked()).isEqualTo(5);
  }

  @Test
  void editedTimeOrActorIsAChangedEntryToo() {
    append(3);
    ChainRow first = rows.get(0);
    rows.set(0, new ChainRow(first.id(), 1L, first.occurredAt().minusSeconds(3600), first.actor(),
        first.incidentReference(), first.action(), first.summary(), first.previousHash(), first.entryHash()));
    ChainRow second = rows.get(1);
    rows.set(1, new ChainRow(second.id(), 2L, second.occurredAt(), "practice-owner", second.incidentReference(),
        second.action(), second.summary(), second.previousHash(), second.entryHash()));

    assertThat(check().brokenLinks()).extracting(BrokenLink::kind, BrokenLink::position)
        .containsExactly(tuple(BrokenLinkKind.ENTRY_CHANGED, 1L),
            tuple(BrokenLinkKind.ENTRY_CHANGED, 2L));
  }

  @Test
  void deletedMiddleEntryIsAMissingPosition() {
    append(5);
    rows.remove(2);

    ChainVerification result = check();

    assertThat(result.brokenLinks()).containsExactly(
        new BrokenLink(BrokenLinkKind.ENTRY_MISSING, 3L, null, null, BrokenLinkKind.ENTRY_MISSING.meaning()));
    assertThat(result.entriesChecked()).isEqualTo(4);
  }

  @Test
  void deletedLastEntriesAreWhatTheHeadStillCounts() {
    append(5);
    rows.remove(4);
    rows.remove(3);

    ChainVerification result = check();

    assertThat(result.brokenLinks()).extracting(BrokenLink::kind, BrokenLink::position).containsExactly(
        tuple(BrokenLinkKind.LAST_ENTRIES_MISSING, 4L),
        tuple(BrokenLinkKind.LAST_ENTRIES_MISSING, 5L));
  }

  @Test
  void editedEntryWithItsHashRecomputedBreaksTheNextLink() {
    append(5);
    ChainRow third = rows.get(2);
    rows.set(2, forged(third.id(), 3, "Triage decision: NOT_A_BREACH", third.previousHash()));

    assertThat(check().brokenLinks()).containsExactly(BrokenLink.at(BrokenLinkKind.LINK_BROKEN, rows.get(3)));
  }

  @Test
  void insertedEntryInPlaceOfADeletedOneBreaksTheNextLink() {
    append(5);
    ChainRow forgery = forged(999L, 3, "Forged step", rows.get(1).entryHash());
    rows.set(2, forgery);

    ChainVerification result = check();

    assertThat(result.brokenLinks()).extracting(BrokenLink::kind, BrokenLink::position, BrokenLink::entryId)
        .containsExactly(tuple(BrokenLinkKind.LINK_BROKEN, 4L, rows.get(3).id()));
  }

  @Test
  void replacedLastEntryDoesNotMatchTheHead() {
    append(5);
    ChainRow last = rows.get(4);
    rows.set(4, forged(last.id(), 5, "Forged last step", last.previousHash()));

    assertThat(check().brokenLinks()).containsExactly(BrokenLink.at(BrokenLinkKind.HEAD_MISMATCH, rows.get(4)));
  }

  @Test
  void rowOutsideTheChainIsReported() {
    append(2);
    ChainCheck check = new ChainCheck(head.lastPosition(), head.lastHash());
    rows.forEach(check::walk);
    check.endWalk();
    ChainRow inserted = new ChainRow(5000L, null, START, "demo", "BR-2026-0001", "REPORTED", "Inserted", null, null);

    check.outside(inserted);

    assertThat(check.result().brokenLinks()).containsExactly(BrokenLink.at(BrokenLinkKind.OUTSIDE_CHAIN, inserted));
  }

  @Test
  void everyBrokenLinkIsFoundAndTheFirstIsTheLowestPosition() {
    append(8);
    ChainRow sixth = rows.get(5);
    rows.set(5, new ChainRow(sixth.id(), 6L, sixth.occurredAt(), sixth.actor(), sixth.incidentReference(),
        sixth.action(), "edited", sixth.previousHash(), sixth.entryHash()));
    rows.remove(1);

    ChainVerification result = check();

    assertThat(result.brokenLinks()).extracting(BrokenLink::kind, BrokenLink::position).containsExactly(
        tuple(BrokenLinkKind.ENTRY_MISSING, 2L),
        tuple(BrokenLinkKind.ENTRY_CHANGED, 6L));
    assertThat(result.firstBrokenLink().position()).isEqualTo(2L);
    assertThat(result.brokenLinksFound()).isEqualTo(2);
  }

  @Test
  void aMassDeletionIsCountedInFullButListedOnlyUpToTheLimit() {
    append(10);
    ChainCheck check = new ChainCheck(head.lastPosition() + 5000, "f".repeat(64));
    rows.forEach(check::walk);
    check.endWalk();

    ChainVerification result = check.result();

    assertThat(result.brokenLinksFound()).isEqualTo(5000);
    assertThat(result.brokenLinks()).hasSize(ChainCheck.LISTED);
    assertThat(result.firstBrokenLink().position()).isEqualTo(11L);
  }

  @Test
  void rowsMustComeInAscendingPositionOrder() {
    append(3);
    ChainCheck check = new ChainCheck(head.lastPosition(), head.lastHash());
    check.walk(rows.get(1));

    assertThatThrownBy(() -> check.walk(rows.get(0))).isInstanceOf(IllegalArgumentException.class);
  }

  /** Appends entries the way the audit trail does; ids come out of order, as from a sequence handed out 50 at a time. */
  private void append(int count) {
    for (int i = 1; i <= count; i++) {
      AuditEntry entry = new AuditEntry(START.plusSeconds(i), "it-responder", "BR-2026-%04d".formatted(i), "TRIAGED",
          "Triage decision: BREACH");
      head.append(entry);
      ChainRow sealed = ChainRow.of(entry);
      rows.add(new ChainRow(i % 2 == 0 ? 50L + i : (long) i, sealed.position(), sealed.occurredAt(), sealed.actor(),
          sealed.incidentReference(), sealed.action(), sealed.summary(), sealed.previousHash(), sealed.entryHash()));
    }
  }

  /** A row someone wrote with a correctly computed hash of their own. */
  private static ChainRow forged(long id, long position, String summary, String previousHash) {
    Instant at = START.plusSeconds(position);
    String reference = "BR-2026-%04d".formatted(position);
    return new ChainRow(id, position, at, "it-responder", reference, "TRIAGED", summary, previousHash,
        EntryHash.of(position, at, "it-responder", reference, "TRIAGED", summary, previousHash));
  }

  private ChainVerification check() {
    ChainCheck check = new ChainCheck(head.lastPosition(), head.lastHash());
    rows.forEach(check::walk);
    check.endWalk();
    return check.result();
  }
}
