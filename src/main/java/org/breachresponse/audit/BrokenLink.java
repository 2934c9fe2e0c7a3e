package org.breachresponse.audit;

/**
 * One place where the audit chain is broken. {@code position} is null for an entry outside the chain;
 * {@code entryId} and {@code incidentReference} are null where no entry exists (a deleted one). The
 * reference of a changed entry is as the row says now, which may itself be the change.
 */
public record BrokenLink(BrokenLinkKind kind, Long position, Long entryId, String incidentReference, String detail) {

  static BrokenLink at(BrokenLinkKind kind, ChainRow row) {
    return new BrokenLink(kind, row.position(), row.id(), row.incidentReference(), kind.meaning());
  }

  static BrokenLink missing(BrokenLinkKind kind, long position) {
    return new BrokenLink(kind, position, null, null, kind.meaning());
  }
}
