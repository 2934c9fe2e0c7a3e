package org.breachresponse.recovery;

/** Where a takedown of leaked data stands at a check. */
public enum TakedownStatus {
  /** Found, no request sent yet. */
  NOT_REQUESTED,
  /** Request sent to the site (or its host, or the search engine); waiting. */
  REQUESTED,
  /** The site confirmed the data is gone. */
  REMOVED,
  /** The site refused or did not answer in time; the officer decides what next. */
  REFUSED
}
