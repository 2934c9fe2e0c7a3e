package org.breachresponse.review;

import java.time.ZoneOffset;
import org.breachresponse.audit.InMemoryAuditTrail;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.notification.NotificationRecords;
import org.breachresponse.practice.PracticeTimeZones;
import org.breachresponse.recovery.CloseSecurityGapsListener;
import org.breachresponse.recovery.InMemoryRecoveryRecords;
import org.breachresponse.recovery.RecoveryService;
import org.breachresponse.recovery.RestoreDataListener;
import org.breachresponse.recovery.TakeDownLeakedDataListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Recovery, review and closing for engine tests: the real services and listeners, records in memory. */
public final class RecoveryAndReviewWiring {

  public final InMemoryRecoveryRecords recoveryRecords = new InMemoryRecoveryRecords();
  public final InMemoryReviewRecords reviewRecords = new InMemoryReviewRecords();
  public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  public final RecoveryService recovery;
  public final ReviewService reviews;

  private RecoveryAndReviewWiring(IncidentService incidents, NotificationRecords notifications) {
    PracticeClock clock = new PracticeClock(ZoneOffset.UTC);
    recovery = new RecoveryService(incidents, recoveryRecords, audit, PracticeTimeZones.serverOnly(clock));
    reviews = new ReviewService(incidents, reviewRecords, notifications, audit, clock);
  }

  public static RecoveryAndReviewWiring register(IncidentService incidents, NotificationRecords notifications) {
    RecoveryAndReviewWiring wiring = new RecoveryAndReviewWiring(incidents, notifications);
    Mocks.register("recoveryService", wiring.recovery);
    Mocks.register("restoreDataListener", new RestoreDataListener(wiring.recovery));
    Mocks.register("takeDownLeakedDataListener", new TakeDownLeakedDataListener(wiring.recovery));
    Mocks.register("closeSecurityGapsListener", new CloseSecurityGapsListener(wiring.recovery));
    Mocks.register("reviewService", wiring.reviews);
    Mocks.register("reviewSecurityMeasuresListener", new ReviewSecurityMeasuresListener(wiring.reviews));
    Mocks.register("closeIncidentListener", new CloseIncidentListener(wiring.reviews));
    return wiring;
  }
}
