package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The step 1 -> 2 against a sketch of the phased model: {@code models/breach-response-phased-sketch.bpmn} is the
 * current model with its activities wrapped, ids unchanged, into the six embedded {@code Phase_} subprocesses
 * (each with a start listener that marks it entered; identify and analyse wraps only the risk assessment) and
 * {@code Task_DeriveObligations} turned into a business rule task calling the decision. It proves on Camunda 7.23
 * that the explicit instructions create the phases around the migrated activities, multi-instance bodies, timers
 * and joining gateways, and that an incident waiting for the changed task is started again before it in the new
 * model. The sketch's decision task gets fixed inputs and hands its result to version 1's derivation.
 */
class PhasedModelUpgradeTest extends UpgradeFromModelVersionOne {

  /** The sketch's phases mark themselves entered in a variable when they start. */
  @Override
  void assertPhaseEntered(ProcessInstance incident, String phaseId) {
    assertThat(TestEngine.get().getRuntimeService().getVariable(incident.getId(),
        "entered" + phaseId.substring("Phase_".length()))).as("the start listener of %s ran", phaseId).isEqualTo(true);
  }

  @Override
  String newModel() {
    return "models/breach-response-phased-sketch.bpmn";
  }
}
