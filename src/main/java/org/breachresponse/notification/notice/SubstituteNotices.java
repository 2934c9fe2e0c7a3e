package org.breachresponse.notification.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Date;
import org.breachresponse.audit.AuditStep;
import org.breachresponse.audit.AuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.NotificationRecords;
import org.breachresponse.notification.obligation.NotificationObligation;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.practice.PracticeTimeZones;

/**
 * The substitute notice's two parts (45 CFR 164.404(d)(2)(ii)): the web posting and the toll-free number,
 * started together and each ended only after 90 days, by a person who records it.
 */
@ApplicationScoped
@Named
public class SubstituteNotices {

  private NotificationRecords records;
  private AuditTrail auditTrail;
  private PracticeClock clock;
  private PracticeTimeZones zones;

  protected SubstituteNotices() {
  }

  @Inject
  public SubstituteNotices(NotificationRecords records, AuditTrail auditTrail, PracticeTimeZones zones) {
    this.records = records;
    this.auditTrail = auditTrail;
    this.zones = zones;
    this.clock = zones.server();
  }

  private PracticeClock clockOf(long obligationId) {
    return zones.of(records.obligation(obligationId).incident().practiceId());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void start(long obligationId, String webPosting, String tollFreeNumber, LocalDate startedOn, String by) {
    if (startedOn.isAfter(clockOf(obligationId).today())) {
      throw new InvalidInputException("startedOn", "the date the posting went up and the line opened, not a future one");
    }
    NotificationObligation obligation = records.obligation(obligationId);
    records.add(new SubstituteNotice(obligation, SubstituteNotice.Kind.WEB_POSTING, webPosting, startedOn, by));
    records.add(new SubstituteNotice(obligation, SubstituteNotice.Kind.TOLL_FREE_NUMBER, tollFreeNumber, startedOn, by));
    auditTrail.record(obligation.incident().reference(), AuditStep.SUBSTITUTE_NOTICE_STARTED, by, "Web posting at " + webPosting
        + " and toll-free number " + tollFreeNumber + " from " + startedOn + ", kept until " + startedOn.plusDays(90));
  }

  /** When the 90 days of one part end: the timer before {@code End the web posting} / {@code Close the toll-free line}. */
  public Date keptUntil(long obligationId, String kind) {
    return Date.from(clockOf(obligationId).reminder(notice(obligationId, SubstituteNotice.Kind.valueOf(kind)).keptUntil(), 0));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void end(long obligationId, String kind, LocalDate endedOn, String by) {
    SubstituteNotice notice = notice(obligationId, SubstituteNotice.Kind.valueOf(kind));
    notice.end(endedOn, by, clock.now());
    auditTrail.record(records.obligation(obligationId).incident().reference(), AuditStep.SUBSTITUTE_NOTICE_ENDED, by,
        kind + " at " + notice.place() + " ended on " + endedOn + " (started " + notice.startedOn() + ")");
  }

  private SubstituteNotice notice(long obligationId, SubstituteNotice.Kind kind) {
    return records.substituteNotice(obligationId, kind)
        .orElseThrow(() -> new IllegalStateException("no " + kind + " was started for notice " + obligationId));
  }
}
