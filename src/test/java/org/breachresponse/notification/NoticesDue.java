package org.breachresponse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.process.BreachResponseProcess.TASK_CONFIRM_BREACH;
import static org.breachresponse.process.BreachResponseProcess.TASK_DERIVE_OBLIGATIONS;

import jakarta.json.JsonArray;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.breachresponse.ApiClient;
import org.breachresponse.EngineTasks;

/**
 * Many notices with deadlines, made through a running server's APIs, for the tests and benchmarks of deadline waves:
 * an incident reported by the front desk is moved by process instance modification (engine REST, as an
 * administrator) straight to deriving its obligations, which with no scope recorded gives two notices; the privacy
 * officer then plans them as the Tasklist does, which opens their {@code Send notice} tasks with deadline timers.
 */
public final class NoticesDue {

  /** The letter's wording and the law-enforcement answer {@code Plan notifications} asks for. */
  public static final String WORDING = """
      {"letterWhatHappened": {"value": "Someone broke into the computer at our front desk and could read patient records."},
       "letterWhatWeAreDoing": {"value": "We took the computer off the network, changed every password and called the FBI."},
       "lawEnforcementReport": {"value": "NONE"}}""";

  private final ApiClient frontDesk;
  private final ApiClient admin;
  private final ApiClient officer;

  public NoticesDue(ApiClient frontDesk, ApiClient admin, ApiClient officer) {
    this.frontDesk = frontDesk;
    this.admin = admin;
    this.officer = officer;
  }

  /** Reports an incident discovered two days ago and moves it to deriving its obligations; returns its reference. */
  public String reportAndSkipToObligations(String reportedBy, String annotation) {
    ApiClient.Response reported = frontDesk.post("api/breach/incidents", """
        {"reportedBy": "%s", "discoveryDate": "%s", "signs": ["UNUSUAL_NETWORK_ACTIVITY"],
         "description": "The reception PC talks to an unknown server at night"}"""
        .formatted(reportedBy, LocalDate.now(ZoneOffset.UTC).minusDays(2)));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String reference = reported.json().getString("reference");
    JsonArray instances = admin.get("engine-rest/process-instance?businessKey=" + reference).structure().asJsonArray();
    assertThat(instances).as(reference).hasSize(1);
    String modification = """
        {"instructions": [{"type": "startBeforeActivity", "activityId": "%s"},
                          {"type": "cancel", "activityId": "%s"}],
         "annotation": "%s"}""".formatted(TASK_DERIVE_OBLIGATIONS, TASK_CONFIRM_BREACH, annotation);
    String path = "engine-rest/process-instance/" + instances.getJsonObject(0).getString("id") + "/modification";
    // The report's alert job may be finishing on the same process instance at this very moment.
    ApiClient.Response moved = EngineTasks.sentAgainOnConflict(() -> admin.post(path, modification));
    assertThat(moved.status()).as(moved.body()).isEqualTo(204);
    return reference;
  }

  /** Claims and submits {@code Plan notifications} as the privacy officer, as the Tasklist does. */
  public void plan(String taskId) {
    ApiClient.Response claimed = officer.post("engine-rest/task/" + taskId + "/claim", "{\"userId\": \"privacy-officer\"}");
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
    ApiClient.Response submitted =
        officer.post("engine-rest/task/" + taskId + "/submit-form", "{\"variables\": " + WORDING + "}");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
  }

}
