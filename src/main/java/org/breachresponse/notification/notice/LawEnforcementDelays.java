package org.breachresponse.notification.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.breachresponse.notification.NotificationService;
import org.breachresponse.notification.obligation.LawEnforcementDelayRequest;
import org.breachresponse.process.EngineAuthorization;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;

/**
 * A law-enforcement delay (45 CFR 164.412) in one transaction: the statement is recorded, the affected
 * deadlines move, and each affected {@code Send notice} task is renewed through its message boundary event,
 * so its due date, reminders and escalation follow the new deadline.
 */
@ApplicationScoped
public class LawEnforcementDelays {

  /** The name of {@code Message_LawEnforcementDelay}, caught by {@code Event_LawEnforcementDelay}. */
  static final String MESSAGE = "LawEnforcementDelay";

  private NotificationService notifications;
  private RuntimeService runtimeService;

  protected LawEnforcementDelays() {
  }

  private IdentityService identityService;

  @Inject
  public LawEnforcementDelays(NotificationService notifications, RuntimeService runtimeService,
      IdentityService identityService) {
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  @Transactional
  public List<Long> record(IncidentReference reference, LawEnforcementDelayRequest request, String by) {
    List<Long> postponed = notifications.delayForLawEnforcement(reference, request, by);
    // Our API's roles decide who may record a delay.
    EngineAuthorization.lifted(identityService, () -> renewTasks(reference, postponed));
    return postponed;
  }

  private int renewTasks(IncidentReference reference, List<Long> postponed) {
    int renewed = 0;
    for (Execution waiting : runtimeService.createExecutionQuery().processInstanceBusinessKey(reference.value())
        .messageEventSubscriptionName(MESSAGE).list()) {
      Object id = runtimeService.getVariable(waiting.getId(), ProcessVariables.OBLIGATION_ID);
      if (id instanceof Number number && postponed.contains(number.longValue())) {
        runtimeService.messageEventReceived(MESSAGE, waiting.getId());
        renewed++;
      }
    }
    return renewed;
  }
}
