package org.breachresponse.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A health answer: UP when every required check is up; the informational checks are reported, but do not decide
 * (a node whose job executor is off still serves the web apps and the APIs). As JSON:
 * {@code {"status":"UP","node":"node-a","checks":[{"name":"database","status":"UP"}, …]}}, a down check with its
 * {@code reason}.
 */
record HealthReport(String node, List<CheckResult> required, List<CheckResult> informational) {

  private static final ObjectMapper JSON = new ObjectMapper();

  boolean up() {
    return required.stream().allMatch(CheckResult::up);
  }

  /** 200 when up, 503 when down (what HAProxy's {@code option httpchk} reads). */
  int httpStatus() {
    return up() ? 200 : 503;
  }

  String json() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", status(up()));
    answer.put("node", node);
    List<Map<String, String>> checks = new ArrayList<>();
    for (CheckResult check : concat()) {
      Map<String, String> line = new LinkedHashMap<>();
      line.put("name", check.name());
      line.put("status", status(check.up()));
      if (check.reason() != null) {
        line.put("reason", check.reason());
      }
      checks.add(line);
    }
    answer.put("checks", checks);
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A health answer could not be written", e);
    }
  }

  private List<CheckResult> concat() {
    List<CheckResult> all = new ArrayList<>(required);
    all.addAll(informational);
    return all;
  }

  private static String status(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
