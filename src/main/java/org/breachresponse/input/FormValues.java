package org.breachresponse.input;

import java.util.Collection;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Read access to what a Camunda Form submitted, for the listener that moves it into our tables; then
 * {@link #discard} removes the fields so only {@link ProcessVariables#KEPT} remain in the engine.
 */
public final class FormValues {

  private final VariableScope scope;

  public FormValues(VariableScope scope) {
    this.scope = scope;
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public void discard(Collection<String> names) {
    scope.removeVariables(names);
  }
}
