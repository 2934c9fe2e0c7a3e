package org.breachresponse.engine;

import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Camunda's "full" history, except for variables: only those in {@link ProcessVariables#KEPT} are
 * historised. Form fields pass through process variables on their way into our tables; without this
 * level their values (free text that may name patients) would stay in ACT_HI_VARINST and ACT_HI_DETAIL
 * for the six years the history is kept. Submitted forms' field values ("form property" events, also in
 * ACT_HI_DETAIL) are never historised, for the same reason: each step's listener records what the form
 * said in our tables, with who and when.
 */
public final class KeptVariablesHistoryLevel implements HistoryLevel {

  public static final String NAME = "full-kept-variables";
  private static final int ID = 40;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      return false;
    }
    if (entity instanceof VariableInstance variable) {
      return ProcessVariables.KEPT.contains(variable.getName());
    }
    return true;
  }
}
