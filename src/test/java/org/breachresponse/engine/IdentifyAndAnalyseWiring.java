package org.breachresponse.engine;

import java.util.HashMap;
import java.util.Map;

import org.breachresponse.alerting.AlertingWiring;
import org.breachresponse.assessment.InMemoryRiskAssessmentService;
import org.breachresponse.assessment.RecordRiskAssessmentListener;
import org.breachresponse.incident.InMemoryIncidentService;
import org.breachresponse.incident.PhaseListener;
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
    Mocks.register("phaseListener", new PhaseListener(incidents));
    Mocks.register("recordReportDelegate", new RecordReportDelegate(incidents));
    Mocks.register("recordTriageListener", new RecordTriageListener(incidents));
    Mocks.register("recordScopeListener", new RecordScopeListener(incidents));
    Mocks.register("recordRiskAssessmentListener", new RecordRiskAssessmentListener(assessments));
    // A notifiable breach goes on to plan its notices; no step of these tests sends mail (port 9 is discard).
    NotificationWiring.register(incidents, assessments, 9);
    AlertingWiring.withoutAlerts(incidents);
  }

  /** What the {@code Assess the risk} form submits: one rating for all four factors, each with a rationale. */
  static Map<String, Object> assessment(String exclusion, String rating, String outcome) {
    Map<String, Object> form = new HashMap<>();
    form.put("exceptionApplied", exclusion);
    for (String factor : new String[] {"natureOfPhi", "unauthorizedPerson", "acquiredOrViewed", "mitigation"}) {
      form.put(factor + "Rating", rating);
      form.put(factor + "Rationale", "Rationale for " + factor);
    }
    form.put("assessmentOutcome", outcome);
    form.put("outcomeJustification", "Names and X-rays were readable by the attacker");
    return form;
  }
}
