package org.breachresponse.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks the audit chain one row at a time, so it never needs the whole trail in memory: first the rows
 * of positions 1 to the head's in ascending order ({@link #walk}), then {@link #endWalk}, then any rows
 * found outside the chain ({@link #outside}). Each entry's hash is recomputed from its content, and each
 * link to the entry before it compared with that entry's stored hash.
 */
final class ChainCheck {

  static final int LISTED = 1000;

  private final long headPosition;
  private final String headHash;
  private final List<BrokenLink> listed = new ArrayList<>();
  private long expectedPosition = 1;
  private String previousHash = EntryHash.GENESIS;
  private ChainRow lastRow;
  private long entriesChecked;
  private long found;

  ChainCheck(long headPosition, String headHash) {
    this.headPosition = headPosition;
    this.headHash = headHash;
  }

  void walk(ChainRow row) {
    long position = row.position();
    if (position < expectedPosition || position > headPosition) {
      throw new IllegalArgumentException("rows are walked in ascending position up to the head, got " + position);
    }
    entriesChecked++;
    if (!row.contentMatchesHash()) {
      add(BrokenLink.at(BrokenLinkKind.ENTRY_CHANGED, row));
    }
    if (position > expectedPosition) {
      // The link across a gap cannot be checked: the entry it points to is the one missing.
      addMissing(BrokenLinkKind.ENTRY_MISSING, expectedPosition, position - 1);
    } else if (!Objects.equals(row.previousHash(), previousHash)) {
      add(BrokenLink.at(BrokenLinkKind.LINK_BROKEN, row));
    }
    expectedPosition = position + 1;
    previousHash = row.entryHash();
    lastRow = row;
  }

  void endWalk() {
    if (expectedPosition <= headPosition) {
      addMissing(BrokenLinkKind.LAST_ENTRIES_MISSING, expectedPosition, headPosition);
    } else if (lastRow != null && !Objects.equals(previousHash, headHash)) {
      add(BrokenLink.at(BrokenLinkKind.HEAD_MISMATCH, lastRow));
    }
  }

  void outside(ChainRow row) {
    add(BrokenLink.at(BrokenLinkKind.OUTSIDE_CHAIN, row));
  }

  ChainVerification result() {
    return new ChainVerification(found == 0, entriesChecked, headPosition, headHash,
        listed.isEmpty() ? null : listed.get(0), List.copyOf(listed), found);
  }

  private void addMissing(BrokenLinkKind kind, long from, long to) {
    for (long position = from; position <= to && listed.size() < LISTED; position++) {
      listed.add(BrokenLink.missing(kind, position));
    }
    found += to - from + 1;
  }

  private void add(BrokenLink link) {
    found++;
    if (listed.size() < LISTED) {
      listed.add(link);
    }
  }
}
