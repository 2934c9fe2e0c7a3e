package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_APPROVE_CONTAINMENT;
import static org.breachresponse.process.BreachResponseProcess.TASK_ASSESS_RISK;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.breachresponse.WebAppSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first phase end to end through the engine REST API the Tasklist uses: front desk starts the
 * process with the start form's fields, the IT responder confirms and scopes, the privacy officer
 * assesses, and the incident shows all of it.
 */
class IdentifyAndAnalyseIT extends InServerTest {

  private EngineTasks tasks;

  @BeforeEach
  void workTasksAsTheTasklistDoes() {
    tasks = new EngineTasks(base);
  }

  @Test
  void eachRoleDoesItsStepAndTheIncidentShowsAllOfIt() {
    ApiClient frontDesk = new ApiClient(base, "front-desk");
    ApiClient privacyOfficer = new ApiClient(base, "privacy-officer");

    ApiClient.Response started = frontDesk.post("engine-rest/process-definition/key/breachResponse/submit-form", """
        {"variables": {
          "reportedBy": {"value": "Maria, reception"},
          "discoveryDate": {"value": "%s"},
          "signUnexpectedPasswordChanges": {"value": true},
          "signModifiedData": {"value": true},
          "otherSigns": {"value": "Printer prints ransom notes"},
          "description": {"value": "Passwords changed overnight; appointment notes altered"}}}"""
        .formatted(LocalDate.now().minusDays(2)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String reference = started.json().getString("businessKey");
    String processInstanceId = started.json().getString("id");
    assertThat(reference).matches("BR-\\d{4}-\\d{4}");

    tasks.complete("it-responder", reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "Password changes nobody made"}}""");
    tasks.complete("it-responder", reference, TASK_SCOPE_BREACH, """
        {"affectedMachines": {"value": "fd-pc-01\\nxray-01"}, "compromisedAccounts": {"value": "mlopez"},
         "dataNames": {"value": true}, "dataDiagnosesAndTreatment": {"value": true},
         "howItHappened": {"value": "Phishing e-mail"}, "suspects": {"value": ""},
         "affectedIndividualsByState": {"value": "TX 480\\nNM 30"}, "dataEncryptedKeySafe": {"value": false}}""");

    assertThat(privacyOfficer.post("engine-rest/task/" + tasks.taskIds(reference, TASK_APPROVE_CONTAINMENT).get(0) + "/claim",
        "{\"userId\": \"privacy-officer\"}").status()).as("privacy officer may not take the IT responder's task")
        .isEqualTo(403);

    tasks.complete("privacy-officer", reference, TASK_ASSESS_RISK, """
        {"exceptionApplied": {"value": "NONE"},
         "natureOfPhiRating": {"value": "HIGH"}, "natureOfPhiRationale": {"value": "Names with diagnoses"},
         "unauthorizedPersonRating": {"value": "HIGH"}, "unauthorizedPersonRationale": {"value": "Unknown attacker"},
         "acquiredOrViewedRating": {"value": "MEDIUM"}, "acquiredOrViewedRationale": {"value": "Exfiltration not ruled out"},
         "mitigationRating": {"value": "MEDIUM"}, "mitigationRationale": {"value": "Passwords reset"},
         "assessmentOutcome": {"value": "NOTIFIABLE_BREACH"}, "outcomeJustification": {"value": "Presumed breach stands"}}""");

    JsonObject incident = privacyOfficer.get("api/breach/incidents/" + reference).json();
    // Notifying while containing: the most advanced running phase.
    assertThat(incident.getString("phase")).isEqualTo("NOTIFY");
    assertThat(incident.getJsonArray("phases").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString).containsExactly("CONTAIN", "NOTIFY");
    assertThat(incident.getJsonObject("report").getJsonArray("signs").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactlyInAnyOrder("UNEXPECTED_PASSWORD_CHANGES", "MODIFIED_DATA", "OTHER");
    assertThat(incident.getJsonObject("triage").getString("triagedBy")).isEqualTo("it-responder");
    JsonObject scope = incident.getJsonObject("scope");
    assertThat(scope.getJsonArray("affectedMachines").toString()).isEqualTo("[\"fd-pc-01\",\"xray-01\"]");
    assertThat(scope.getInt("totalIndividuals")).isEqualTo(510);
    assertThat(scope.getJsonObject("individualsByState").getInt("TX")).isEqualTo(480);
    JsonObject assessment = incident.getJsonObject("assessment");
    assertThat(assessment.getString("outcome")).isEqualTo("NOTIFIABLE_BREACH");
    assertThat(assessment.getBoolean("notifiable")).isTrue();
    assertThat(assessment.getString("assessedBy")).isEqualTo("privacy-officer");
    assertThat(assessment.getJsonObject("natureOfPhi").getString("rationale")).isEqualTo("Names with diagnoses");
    assertThat(incident.getJsonArray("openTasks").getValuesAs(JsonObject.class))
        .extracting(task -> task.getString("taskDefinitionKey")).containsExactly(TASK_APPROVE_CONTAINMENT);

    assertThat(incident.getJsonArray("auditTrail").getValuesAs(JsonObject.class))
        .extracting(entry -> entry.getString("action") + " by " + entry.getString("actor"))
        .containsExactly("REPORTED by front-desk", "TRIAGED by it-responder", "SCOPED by it-responder",
            "PHASE_CONTAIN by engine", "RISK_ASSESSED by privacy-officer", "PHASE_ENDED_IDENTIFY by engine",
            "PHASE_NOTIFY by engine");

    assertThat(frontDesk.get("api/breach/incidents/" + reference).status()).as("the reporter follows their report")
        .isEqualTo(200);
    JsonArray history = new ApiClient(base, "demo")
        .get("engine-rest/history/variable-instance?processInstanceId=" + processInstanceId).structure().asJsonArray();
    assertThat(history.getValuesAs(JsonObject.class)).extracting(v -> v.getString("name"))
        .as("no form field outlives its step in the engine's history")
        .containsExactlyInAnyOrder("incidentReference", "practiceName", "breachConfirmed", "isNotifiable");
    JsonArray formFields = new ApiClient(base, "demo")
        .get("engine-rest/history/detail?formFields=true&processInstanceId=" + processInstanceId).structure().asJsonArray();
    assertThat(formFields).as("submitted form values kept in the engine's history (ACT_HI_DETAIL)").isEmpty();
  }

  @Test
  void badScopeIsRefusedAndTheTaskStaysOpen() {
    ApiClient itResponder = new ApiClient(base, "it-responder");
    String reference = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Dr. Chen", "discoveryDate": "%s", "signs": ["MODIFIED_DATA"], "description": "Edited charts"}"""
        .formatted(LocalDate.now())).json().getString("reference");
    tasks.complete("it-responder", reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "Charts edited at night"}}""");
    String scopeTask = tasks.taskIds(reference, TASK_SCOPE_BREACH).get(0);
    itResponder.post("engine-rest/task/" + scopeTask + "/claim", "{\"userId\": \"it-responder\"}");

    ApiClient.Response refused = itResponder.post("engine-rest/task/" + scopeTask + "/submit-form", """
        {"variables": {"affectedMachines": {"value": "*)(objectClass=*"}, "howItHappened": {"value": "?"},
         "affectedIndividualsByState": {"value": "TX 3"}}}""");

    assertThat(refused.status()).as("a refused form is the caller's to correct: 400, not 500").isEqualTo(400);
    assertThat(refused.json().getString("type")).isEqualTo("InvalidInputException");
    assertThat(refused.json().getString("message")).contains("affectedMachines: line 1");

    WebAppSession tasklist = WebAppSession.signIn(base, "it-responder", "tasklist");
    ApiClient.Response refusedInTasklist = tasklist.post("api/engine/engine/default/task/" + scopeTask + "/submit-form", """
        {"variables": {"affectedMachines": {"value": "pc-01"}, "howItHappened": {"value": "?"},
         "affectedIndividualsByState": {"value": "TX three"}}}""");
    assertThat(refusedInTasklist.status()).as("the Tasklist's engine API, as its form submits").isEqualTo(400);
    assertThat(refusedInTasklist.json().getString("message")).contains("affectedIndividualsByState");
    assertThat(tasks.taskIds(reference, TASK_SCOPE_BREACH).get(0)).isEqualTo(scopeTask);
  }
}
