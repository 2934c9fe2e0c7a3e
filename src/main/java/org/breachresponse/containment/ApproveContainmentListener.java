package org.breachresponse.containment;

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

/**
 * {@code Task_ApproveContainment}: on create shows the plan (scoped machines and accounts, configured
 * adapters); on complete stores it with what the responder held back and why.
 */
@Dependent
@Named
public class ApproveContainmentListener implements TaskListener {

  static final String CONTAINMENT_PLAN = "containmentPlan";

  private final ContainmentService containment;

  @Inject
  public ApproveContainmentListener(ContainmentService containment) {
    this.containment = containment;
  }

  @Override
  public void notify(DelegateTask task) {
    IncidentReference reference = IncidentReference.in(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(CONTAINMENT_PLAN, containment.planSummary(reference));
      return;
    }
    FormValues form = new FormValues(task);
    containment.approve(reference, form.text(HoldBacks.FIELD), CurrentUser.completing(task));
    form.discard(List.of(HoldBacks.FIELD, CONTAINMENT_PLAN));
  }
}
