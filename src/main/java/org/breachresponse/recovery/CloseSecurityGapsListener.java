package org.breachresponse.recovery;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/** Completing {@code Task_CloseSecurityGaps}: each gap and its change is recorded. */
@Dependent
@Named
public class CloseSecurityGapsListener implements TaskListener {

  private final RecoveryService recovery;

  @Inject
  public CloseSecurityGapsListener(RecoveryService recovery) {
    this.recovery = recovery;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    recovery.recordSecurityGaps(IncidentReference.in(task),
        SecurityGapLine.parseAll(form.text(SecurityGapLine.FIELD)), CurrentUser.completing(task));
    form.discard(List.of(SecurityGapLine.FIELD));
  }
}
