package org.breachresponse.notification.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.breachresponse.process.EngineAuthorization;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The deployed decision tables, evaluated by the engine (the latest deployed version of each). Rules are
 * evaluated for whoever may plan notifications, which our API's roles decide, so the engine's per-user
 * authorization to evaluate decisions is lifted for the call.
 */
@ApplicationScoped
public class EngineDecisions implements Decisions {

  @Inject
  private DecisionService decisionService;

  @Inject
  private IdentityService identityService;

  @Override
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    return EngineAuthorization.lifted(identityService, () -> decisionService.evaluateDecisionTableByKey(decisionKey)
        .variables(Variables.fromMap(inputs))
        .evaluate()
        .getResultList());
  }
}
