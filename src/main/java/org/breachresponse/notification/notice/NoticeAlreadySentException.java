package org.breachresponse.notification.notice;

import org.breachresponse.process.IncidentReference;

/**
 * The list of affected individuals cannot be replaced once notices went out to them: the record must show
 * who was told. A correction after that is a new notice, planned as such. Answered with 409.
 */
public class NoticeAlreadySentException extends RuntimeException {

  public NoticeAlreadySentException(IncidentReference reference) {
    super(reference + ": notices already went out to the affected individuals; the list can no longer be replaced");
  }
}
