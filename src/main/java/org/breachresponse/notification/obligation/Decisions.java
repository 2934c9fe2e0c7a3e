package org.breachresponse.notification.obligation;

import java.util.List;
import java.util.Map;

/**
 * Evaluates one of the decision tables in {@code bpmn/decisions/} and returns its matched rows' outputs.
 * In the server the deployed decisions are evaluated by the engine, which keeps each evaluation in its
 * history (the rules applied are part of the record); tests evaluate the files directly.
 */
@FunctionalInterface
public interface Decisions {

  List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs);
}
