package org.breachresponse.alerting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The due date of an early step's task, its response-time target: {@code camunda:dueDate="${responseTargets.dueAt(execution)}"}
 * on each {@link ResponseStep}'s task. It counts from the moment the task is created, on the engine's clock, in
 * whole seconds, around the clock: a breach reported on Friday evening is due Friday evening, not on Monday.
 */
@ApplicationScoped
@Named("responseTargets")
public class ResponseTargets {

  private ResponseTargetSettings settings;

  protected ResponseTargets() {
  }

  @Inject
  public ResponseTargets(ResponseTargetSettings settings) {
    this.settings = settings;
  }

  public Date dueAt(DelegateExecution execution) {
    ResponseStep step = ResponseStep.ofTask(execution.getCurrentActivityId())
        .orElseThrow(() -> new IllegalStateException(execution.getCurrentActivityId() + " has no response-time target"));
    Duration target = settings.of(execution.getTenantId()).get(step);
    return Date.from(ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.SECONDS).plus(target));
  }
}
