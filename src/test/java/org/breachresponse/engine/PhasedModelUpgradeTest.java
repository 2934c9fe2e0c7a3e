package org.breachresponse.engine;

/**
 * The step 1 -> 2 against a sketch of the phased model: {@code models/breach-response-phased-sketch.bpmn} is the
 * current model with its activities wrapped, ids unchanged, into the six embedded {@code Phase_} subprocesses
 * (each with a start listener that marks it entered; identify and analyse wraps only the risk assessment) and
 * {@code Task_DeriveObligations} turned into a business rule task calling the decision. It proves on Camunda 7.23
 * that the explicit instructions create the phases around the migrated activities, multi-instance bodies, timers
 * and joining gateways, and that the changed task type is prepared rather than mapped. The sketch's decision
 * task has no inputs, so no incident here reaches it after the upgrade ({@link RunningIncidentsUpgradeTest} drives
 * incidents through the real model's).
 */
class PhasedModelUpgradeTest extends UpgradeFromModelVersionOne {

  @Override
  String newModel() {
    return "models/breach-response-phased-sketch.bpmn";
  }
}
