package org.breachresponse.security;

import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;

import java.net.URL;
import java.time.LocalDate;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;

/**
 * The engine REST calls of the matrix (docs/authorization.md, "Engine REST API"), made by one caller on one
 * target: an incident waiting at Confirm the breach. Each call has a body the engine accepts, so "allowed"
 * means it got past authorization and did its work. A line of the document with no call here fails the walk.
 */
final class EngineCalls {

  private static final String REST = "engine-rest";

  private final ApiClient caller;
  private final String userId;
  private final String reference;
  private final String instance;
  private final String task;
  /** Unique per caller and run: ids of the users, groups and authorizations an allowed caller creates. */
  private final String walkId;

  EngineCalls(URL base, ApiClient caller, String userId, String reference) {
    this.caller = caller;
    this.userId = userId;
    this.reference = reference;
    ApiClient admin = new ApiClient(base, "demo");
    this.instance = admin.get(REST + "/process-instance?businessKey=" + reference).structure().asJsonArray()
        .getJsonObject(0).getString("id");
    this.task = new EngineTasks(base).taskIds(reference, TASK_CONFIRM_BREACH).get(0);
    this.walkId = "walk-" + userId + "-" + System.currentTimeMillis();
  }

  ApiClient.Response make(String call) {
    String path = REST + call.substring(call.indexOf(' ') + 1).replace("{reference}", reference)
        .replace("{instance}", instance).replace("{task}", task);
    return switch (call) {
      case "GET /process-instance?businessKey={reference}", "GET /process-instance/{instance}/variables",
          "GET /task?processInstanceBusinessKey={reference}", "GET /task/{task}",
          "GET /history/process-instance?processInstanceBusinessKey={reference}",
          "GET /history/task?processInstanceBusinessKey={reference}",
          "GET /job-definition?processDefinitionKey=breachResponse", "GET /job", "GET /incident",
          "GET /decision-definition?key=hipaaObligations", "GET /deployment", "GET /filter", "GET /authorization" ->
          caller.get(path);
      case "POST /process-definition/key/breachResponse/submit-form" -> caller.post(path, """
          {"variables": {"reportedBy": {"value": "Authorization walk"}, "discoveryDate": {"value": "%s"},
           "signUnusualNetworkActivity": {"value": true}, "description": {"value": "Reported through the engine"}}}"""
          .formatted(LocalDate.now()));
      case "POST /task/{task}/claim" -> caller.post(path, "{\"userId\": \"" + userId + "\"}");
      case "POST /task/{task}/submit-form" -> caller.post(path, """
          {"variables": {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "Authorization walk"}}}""");
      case "PUT /process-instance/{instance}/variables/walk" ->
          caller.put(path, "application/json", "{\"value\": \"walk\", \"type\": \"String\"}");
      case "POST /decision-definition/key/hipaaObligations/evaluate" -> caller.post(path, """
          {"variables": {"entityType": {"value": "COVERED_ENTITY", "type": "String"},
           "totalIndividuals": {"value": 20, "type": "Integer"}}}""");
      case "POST /deployment/create" -> deploy(path);
      case "POST /user/create" -> caller.post(path, """
          {"profile": {"id": "%s", "firstName": "Walk", "lastName": "Test", "email": "walk@practice.test"},
           "credentials": {"password": "Walk-Test-2026"}}""".formatted(walkId));
      case "POST /group/create" -> caller.post(path, """
          {"id": "%s", "name": "Authorization walk", "type": "WORKFLOW"}""".formatted(walkId));
      case "POST /authorization/create" -> caller.post(path, """
          {"type": 1, "permissions": ["READ"], "groupId": "%s", "resourceType": 0, "resourceId": "tasklist"}"""
          .formatted(walkId));
      case "DELETE /process-instance/{instance}" -> caller.delete(path);
      default -> throw new IllegalArgumentException("The matrix lists " + call + ", the walk has no way to call it");
    };
  }

  /** A deployment of one text resource, as Camunda Modeler deploys: multipart form data. */
  private ApiClient.Response deploy(String path) {
    String boundary = "walk" + System.nanoTime();
    String body = String.join("\r\n",
        "--" + boundary, "Content-Disposition: form-data; name=\"deployment-name\"", "", walkId,
        "--" + boundary, "Content-Disposition: form-data; name=\"deployment-source\"", "", "authorization walk",
        "--" + boundary, "Content-Disposition: form-data; name=\"" + walkId + ".txt\"; filename=\"" + walkId + ".txt\"",
        "Content-Type: text/plain", "", "Deployed by the authorization walk",
        "--" + boundary + "--", "");
    return caller.send("POST", path, "multipart/form-data; boundary=" + boundary, body);
  }
}
