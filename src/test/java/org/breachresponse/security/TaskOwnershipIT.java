package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_SCOPE_BREACH;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;
import org.breachresponse.InServerTest;
import org.junit.jupiter.api.Test;

/**
 * A task belongs to its candidate group: a user of another group who knows (or guesses) the task's id can
 * neither claim, submit nor complete it through the engine REST API (nor read it, except the compliance
 * auditor, who reads everything), and the task is untouched; its own group can. Camunda grants the candidate group on the task itself (authorization enabled).
 */
class TaskOwnershipIT extends InServerTest {

  @Test
  void anotherGroupCannotWorkATaskByItsId() {
    String reference = new ApiClient(base, "front-desk").post("api/breach/incidents", """
        {"reportedBy": "Maria, reception", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"}""".formatted(LocalDate.now()))
        .json().getString("reference");
    EngineTasks tasks = new EngineTasks(base);
    String confirm = tasks.taskIds(reference, TASK_CONFIRM_BREACH).get(0);

    for (String outsider : List.of("front-desk", "privacy-officer", "practice-owner", "compliance-auditor")) {
      ApiClient user = new ApiClient(base, outsider);
      // The auditor reads every task (read-only history and tasks in Cockpit); staff of other groups do not.
      assertThat(user.get("engine-rest/task/" + confirm).status()).as("%s reads the task", outsider)
          .isIn(outsider.equals("compliance-auditor") ? List.of(200) : List.of(403, 404));
      assertThat(user.post("engine-rest/task/" + confirm + "/claim", "{\"userId\": \"" + outsider + "\"}").status())
          .as("%s claims it", outsider).isEqualTo(403);
      assertThat(user.post("engine-rest/task/" + confirm + "/submit-form", """
          {"variables": {"triageDecision": {"value": "FALSE_ALARM"}, "triageReason": {"value": "guessed id"}}}""")
          .status()).as("%s submits its form", outsider).isEqualTo(403);
      assertThat(user.post("engine-rest/task/" + confirm + "/complete", "{}").status())
          .as("%s completes it", outsider).isEqualTo(403);
    }
    JsonObject task = new ApiClient(base, "demo").get("engine-rest/task/" + confirm).json();
    assertThat(task.isNull("assignee")).as("still unclaimed").isTrue();
    assertThat(new ApiClient(base, "it-responder").get("api/breach/incidents/" + reference).json()
        .isNull("triage")).as("not triaged by an outsider").isTrue();

    tasks.complete("it-responder", reference, TASK_CONFIRM_BREACH, """
        {"triageDecision": {"value": "CONFIRMED"}, "triageReason": {"value": "EDR alert confirmed"}}""");
    assertThat(tasks.taskIds(reference, TASK_SCOPE_BREACH)).as("its own group worked it").hasSize(1);
  }
}
