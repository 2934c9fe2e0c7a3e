package org.breachresponse.audit;

/** What the verifier found wrong at one place in the audit chain, and what it means. */
public enum BrokenLinkKind {

  ENTRY_CHANGED("the entry's content no longer matches its hash: it was changed after it was written"),
  ENTRY_MISSING("no entry holds this position: the entry was deleted"),
  LINK_BROKEN("the entry does not carry the hash of the entry before it: that entry was replaced, or this one"
      + " was inserted"),
  LAST_ENTRIES_MISSING("the chain's head says an entry holds this position but none does: the last entries were"
      + " deleted"),
  HEAD_MISMATCH("the last entry's hash is not the one the chain's head recorded: the last entry was replaced"),
  OUTSIDE_CHAIN("the entry has no place in the chain: it was inserted without the application");

  private final String meaning;

  BrokenLinkKind(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
