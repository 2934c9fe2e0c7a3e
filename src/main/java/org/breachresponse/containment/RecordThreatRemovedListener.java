package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.breachresponse.process.IncidentReference;

/** Reaching {@code Event_ThreatRemoved}: every machine is back, retired or left; recovery is next. */
@Dependent
@Named
public class RecordThreatRemovedListener implements ExecutionListener {

  private final EradicationService eradication;

  @Inject
  public RecordThreatRemovedListener(EradicationService eradication) {
    this.eradication = eradication;
  }

  @Override
  public void notify(DelegateExecution execution) {
    eradication.threatRemoved(IncidentReference.in(execution));
  }
}
