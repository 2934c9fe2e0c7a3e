package org.breachresponse.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health answer's JSON and status: the required checks decide, the informational ones are only shown. */
class HealthReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void upWhenEveryRequiredCheckIsUp() throws Exception {
    HealthReport report = new HealthReport("node-a", List.of(CheckResult.up("database"), CheckResult.up("engine")),
        List.of(CheckResult.down("jobExecutor", "switched off on this node")));

    assertThat(report.up()).isTrue();
    assertThat(report.httpStatus()).isEqualTo(200);
    assertThat(report.json()).isEqualTo("{\"status\":\"UP\",\"node\":\"node-a\",\"checks\":["
        + "{\"name\":\"database\",\"status\":\"UP\"},{\"name\":\"engine\",\"status\":\"UP\"},"
        + "{\"name\":\"jobExecutor\",\"status\":\"DOWN\",\"reason\":\"switched off on this node\"}]}");
  }

  @Test
  void downWithA503WhenARequiredCheckIsDown() throws Exception {
    HealthReport report = new HealthReport("node \"b\"", List.of(CheckResult.down("database", "not reachable"),
        CheckResult.up("engine")), List.of());

    assertThat(report.up()).isFalse();
    assertThat(report.httpStatus()).isEqualTo(503);
    JsonNode answer = JSON.readTree(report.json());
    assertThat(answer.get("status").asText()).isEqualTo("DOWN");
    assertThat(answer.get("node").asText()).isEqualTo("node \"b\"");
    assertThat(answer.get("checks").get(0).get("reason").asText()).isEqualTo("not reachable");
    assertThat(answer.get("checks").get(1).has("reason")).isFalse();
  }
}
