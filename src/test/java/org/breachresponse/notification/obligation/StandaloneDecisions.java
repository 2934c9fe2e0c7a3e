package org.breachresponse.notification.obligation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/** The decision files in {@code bpmn/decisions/}, evaluated by Camunda's DMN engine without a process engine. */
public final class StandaloneDecisions implements Decisions {

  static final List<String> FILES = List.of("bpmn/decisions/hipaa-notification.dmn",
      "bpmn/decisions/state-notification-laws.dmn");

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> decisions = new HashMap<>();

  public StandaloneDecisions() {
    for (String file : FILES) {
      try (InputStream in = StandaloneDecisions.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException(file + " is not on the test classpath");
        }
        ENGINE.parseDecisions(in).forEach(d -> decisions.put(d.getKey(), d));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    DmnDecision decision = decisions.get(decisionKey);
    if (decision == null) {
      throw new IllegalArgumentException("no decision " + decisionKey + " in " + FILES);
    }
    return ENGINE.evaluateDecisionTable(decision, Variables.fromMap(inputs)).getResultList();
  }
}
