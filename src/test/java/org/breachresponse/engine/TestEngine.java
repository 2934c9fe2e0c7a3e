package org.breachresponse.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One in-memory engine for the engine path tests, with the rules the server's engine follows (history
 * without form data, history time to live enforced); delegates come from {@code Mocks}.
 */
final class TestEngine {

  private static ProcessEngine engine;

  private TestEngine() {
  }

  static synchronized ProcessEngine get() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setJdbcUrl("jdbc:h2:mem:breach-response-engine-test;DB_CLOSE_DELAY=-1");
      configuration.setJobExecutorActivate(false);
      configuration.setExpressionManager(new MockExpressionManager());
      EngineConfiguration.applyRules(configuration);
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new FlowsTaken())));
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }
}
