package org.breachresponse.containment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.process.IncidentReference;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_IsolateMachines}, one job per batch of machines ({@link ContainmentBatch}): isolates each through the
 * directory and EDR. What it could not isolate is left to {@code SubProcess_IsolateMachine}.
 */
@Dependent
@Named
public class IsolateMachinesDelegate implements JavaDelegate {

  private final ContainmentService containment;
  private final AdapterActions actions;

  @Inject
  public IsolateMachinesDelegate(ContainmentService containment, AdapterActions actions) {
    this.containment = containment;
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int batch = (Integer) execution.getVariable(ProcessVariables.MACHINE_BATCH);
    ContainmentBatch.run(containment.machineBatch(IncidentReference.in(execution), batch), actions::isolate);
  }
}
