package org.breachresponse.engine;

import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.assessment.RecordRiskAssessmentListener;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.RecordReportDelegate;
import org.breachresponse.incident.RecordScopeListener;
import org.breachresponse.incident.RecordTriageListener;
import org.breachresponse.notification.NotificationWiring;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the first phase's real delegates and listeners for the engine path tests, on in-memory storage. */
final class IdentifyAndAnalyseWiring {

  private IdentifyAndAnalyseWiring() {
  }

  static void register(InMemoryIncidentService incidents, InMemoryRiskAssessmentService assessments) {
    Mocks.register("recordReportDelegate", new RecordReportDelegate(incidents));
    Mocks.register("recordTriageListener", new RecordTriageListener(incidents));
    Mocks.register("recordScopeListener", new RecordScopeListener(incidents));
    Mocks.register("recordRiskAssessmentListener", new RecordRiskAssessmentListener(assessments));
    // A notifiable breach goes on to plan its notices; no step of these tests sends mail (port 9 is discard).
    NotificationWiring.register(incidents, assessments, 9);
  }
}
