package org.breachresponse.notification.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends a notice's reminder or escalation at most once, however often its step runs (retries after a rollback,
 * a job taken over by another node), and still sends it when an earlier attempt died before it went out:
 * claim ({@link NoticeMailLedger#claim}), send, mark sent, each claim and mark committed on its own. Only a
 * node dying between the mail server's acceptance and the mark (milliseconds) can make it go out twice.
 */
@ApplicationScoped
public class OnceOnlyNoticeMail {

  private static final Logger LOG = Logger.getLogger(OnceOnlyNoticeMail.class.getName());

  private NoticeMail mail;
  private NoticeMailLedger ledger;

  protected OnceOnlyNoticeMail() {
  }

  @Inject
  public OnceOnlyNoticeMail(NoticeMail mail, NoticeMailLedger ledger) {
    this.mail = mail;
    this.ledger = ledger;
  }

  /** @return whether it went out now (false: it had gone out before) */
  public boolean send(NoticeMailLedger.Key key, List<String> to, String subject, String body) {
    if (ledger.claim(key) == NoticeMailLedger.Claim.ALREADY_SENT) {
      LOG.info(() -> "The e-mail " + key.kind() + " of notice " + key.obligationId() + " went out before; not sent again");
      return false;
    }
    try {
      mail.send(to, subject, body);
    } catch (RuntimeException e) {
      ledger.release(key);
      throw e;
    }
    ledger.sent(key);
    return true;
  }
}
