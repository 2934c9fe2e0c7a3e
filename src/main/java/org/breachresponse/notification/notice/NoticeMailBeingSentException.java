package org.breachresponse.notification.notice;

import java.time.Instant;

/**
 * Another node, or an earlier attempt of the same step, claimed this e-mail and may be sending it now. The job
 * fails and the engine retries it later: by then the e-mail is sent (and is not sent again) or the claim ran
 * out (its node died before sending, and this one sends).
 */
public class NoticeMailBeingSentException extends RuntimeException {

  public NoticeMailBeingSentException(NoticeMailLedger.Key key, String claimedBy, Instant until) {
    super("The e-mail " + key.kind() + " of notice " + key.obligationId() + " is being sent by " + claimedBy
        + " (claimed until " + until + "); retrying later");
  }
}
