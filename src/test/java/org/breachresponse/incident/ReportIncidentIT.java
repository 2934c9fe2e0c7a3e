package org.breachresponse.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.breachresponse.ApiClient;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.Test;

/** A practice reports a breach through the API; the IT responder finds it waiting in the Tasklist. */
class ReportIncidentIT extends InServerTest {

  @Test
  void reportedBreachWaitsForItResponderToConfirm() {
    ApiClient frontDesk = new ApiClient(base, "front-desk");
    ApiClient.Response created = frontDesk.post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s",
         "signs": ["UNUSUAL_NETWORK_ACTIVITY", "STRANGE_MESSAGES_TO_USERS"],
         "description": "A ransom note appeared on the reception PC"}""".formatted(LocalDate.now()));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String reference = created.json().getString("reference");
    assertThat(reference).matches("BR-\\d{4}-\\d{4}");
    assertThat(created.location()).endsWith("/api/breach/incidents/" + reference);

    JsonArray tasks = new ApiClient(base, "it-responder")
        .get("engine-rest/task?processInstanceBusinessKey=" + reference).structure().asJsonArray();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.getJsonObject(0).getString("taskDefinitionKey")).isEqualTo(TASK_CONFIRM_BREACH);
    assertThat(tasks.getJsonObject(0).getString("name")).isEqualTo("Confirm the breach");

    JsonObject incident = new ApiClient(base, "privacy-officer").get("api/breach/incidents/" + reference).json();
    assertThat(incident.getString("phase")).isEqualTo("IDENTIFY");
    assertThat(incident.getJsonObject("report").getString("recordedBy")).isEqualTo("front-desk");
    assertThat(incident.getJsonArray("openTasks").getJsonObject(0).getJsonArray("candidateGroups").getString(0))
        .isEqualTo("it-responder");
  }

  @Test
  void privacyOfficerDoesNotSeeTheItRespondersTask() {
    String reference = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Dr. Chen", "discoveryDate": "%s", "signs": ["REPEATED_SYSTEM_CRASHES"],
         "description": "The imaging server keeps crashing"}""".formatted(LocalDate.now())).json().getString("reference");
    String query = "engine-rest/task?processInstanceBusinessKey=" + reference;

    assertThat(new ApiClient(base, "demo").get(query).structure().asJsonArray()).as("the task exists").hasSize(1);
    assertThat(new ApiClient(base, "it-responder").get(query).structure().asJsonArray()).hasSize(1);
    assertThat(new ApiClient(base, "privacy-officer").get(query).structure().asJsonArray()).isEmpty();
  }

  @Test
  void invalidReportIsRefusedNamingEachField() {
    ApiClient.Response refused = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": " ", "discoveryDate": "%s", "signs": [], "description": "x"}"""
        .formatted(LocalDate.now().plusDays(1)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(error -> error.getString("field"))
        .containsExactly("discoveryDate", "reportedBy", "signs");
  }

  @Test
  void auditorMayReadButNotReport() {
    ApiClient auditor = new ApiClient(base, "compliance-auditor");
    assertThat(auditor.get("api/breach/incidents").status()).isEqualTo(200);
    ApiClient.Response refused = auditor.post("api/breach/incidents", "{}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void unknownReferenceIsNotFound() {
    ApiClient.Response missing = new ApiClient(base, "privacy-officer").get("api/breach/incidents/BR-1999-0001");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().getString("detail")).contains("BR-1999-0001");
  }

  @Test
  void frontDeskSeesOnlyWhatTheyReported() {
    String reference = new ApiClient(base, "it-responder").post("api/breach/incidents", """
        {"reportedBy": "IT provider", "discoveryDate": "%s", "signs": ["MODIFIED_DATA"], "description": "EDR alert"}"""
        .formatted(LocalDate.now())).json().getString("reference");
    ApiClient frontDesk = new ApiClient(base, "front-desk");
    String own = frontDesk.post("api/breach/incidents", """
        {"reportedBy": "Maria", "discoveryDate": "%s", "signs": ["OTHER"], "otherSigns": "fax", "description": "Odd fax"}"""
        .formatted(LocalDate.now())).json().getString("reference");

    assertThat(frontDesk.get("api/breach/incidents/" + reference).status()).isEqualTo(404);
    assertThat(frontDesk.get("api/breach/incidents/" + own).status()).isEqualTo(200);
    assertThat(frontDesk.get("api/breach/incidents?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(item -> item.getString("reference")).contains(own).doesNotContain(reference);
  }

  @Test
  void malformedFieldIsNamed() {
    ApiClient.Response refused = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria", "discoveryDate": "27/11/2026", "signs": ["MODIFIED_DATA"], "description": "x"}""");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("discoveryDate");
  }

  // An unknown user: a wrong password for a real one would delay that user's next sign-in (Camunda's
  // brute-force protection) and trip the other tests.
  @Test
  void unknownUserIsUnauthenticated() {
    assertThat(new ApiClient(base, "intruder", "guess").get("api/breach/incidents").status()).isEqualTo(401);
    assertThat(new ApiClient(base, "intruder", "guess").get("engine-rest/process-definition").status()).isEqualTo(401);
  }
}
