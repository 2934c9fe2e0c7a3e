package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.engine.FormValues;
import org.breachresponse.engine.ProcessVariables;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Completing {@code Task_ContainBreach}: stores what responders did to contain the breach. */
@Dependent
@Named
public class RecordContainmentListener implements TaskListener {

  static final String CONTAINMENT_ACTIONS = "containmentActions";

  private final IncidentService incidentService;

  @Inject
  public RecordContainmentListener(IncidentService incidentService) {
    this.incidentService = incidentService;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    String reference = (String) task.getVariable(ProcessVariables.INCIDENT_REFERENCE);
    incidentService.recordContainment(reference, form.text(CONTAINMENT_ACTIONS), CurrentUser.completing(task));
    form.discard(List.of(CONTAINMENT_ACTIONS));
  }
}
