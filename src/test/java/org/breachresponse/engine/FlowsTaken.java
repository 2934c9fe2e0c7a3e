package org.breachresponse.engine;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Records which sequence flows the test engine takes, so a test can tell which paths of the model it has walked:
 * a parse listener that gives every sequence flow a built-in listener on its {@code take} event.
 */
final class FlowsTaken extends AbstractBpmnParseListener {

  private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

  private static final ExecutionListener RECORD = execution -> TAKEN.add(((DelegateExecution) execution).getCurrentTransitionId());

  @Override
  public void parseSequenceFlow(Element sequenceFlowElement, ScopeImpl scope, TransitionImpl transition) {
    transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, RECORD);
  }

  /** Forgets what was taken so far. */
  static void clear() {
    TAKEN.clear();
  }

  /** The ids of the sequence flows taken since the last {@link #clear}. */
  static Set<String> taken() {
    return new TreeSet<>(TAKEN);
  }
}
