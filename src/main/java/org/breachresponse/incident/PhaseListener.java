package org.breachresponse.incident;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.breachresponse.process.Phase;
import org.breachresponse.process.IncidentReference;

/**
 * On the start and the end of every phase subprocess ({@code Phase_…}) of the model: the incident's active
 * phases follow the phase elements the process is in. Before the report is recorded (the first phase
 * starts with the process) there is no incident yet; it is created in its first phase.
 */
@Dependent
@Named
public class PhaseListener implements ExecutionListener {

  private final IncidentService incidents;

  @Inject
  public PhaseListener(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      return;
    }
    IncidentReference reference = IncidentReference.of(businessKey);
    Phase phase = Phase.ofActivity(execution.getCurrentActivityId()).orElseThrow(() -> new IllegalStateException(
        "phaseListener is on " + execution.getCurrentActivityId() + ", which is not a phase of the model"));
    if (EVENTNAME_START.equals(execution.getEventName())) {
      incidents.phaseStarted(reference, phase);
    } else if (EVENTNAME_END.equals(execution.getEventName())) {
      incidents.phaseEnded(reference, phase);
    }
  }
}
