package org.breachresponse.engine;

/** Incidents of the released flat model follow the current {@code bpmn/breach-response.bpmn} to their end. */
class RunningIncidentsUpgradeTest extends UpgradeFromModelVersionOne {

  @Override
  String newModel() {
    return "bpmn/breach-response.bpmn";
  }
}
