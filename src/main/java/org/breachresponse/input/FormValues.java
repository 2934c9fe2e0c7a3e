package org.breachresponse.input;

import java.util.Collection;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Read access to what a Camunda Form submitted, for the listener that moves it into our tables; then
 * {@link #discard} removes the fields so only {@link ProcessVariables#KEPT} remain in the engine. Text is held
 * to the same {@link PlainText} rule as our API's; dates are read with {@link IsoDate}, moments with
 * {@link DateTimeWithZone}.
 */
public final class FormValues {

  private final VariableScope scope;

  public FormValues(VariableScope scope) {
    this.scope = scope;
  }

  /**
   * The field's text, null if the form left it out.
   *
   * @throws InvalidInputException naming the field when the text is not {@linkplain PlainText plain text}
   */
  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString();
    if (!PlainText.isPlainText(text)) {
      throw new InvalidInputException(name, PlainText.REASON);
    }
    return text;
  }

  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public void discard(Collection<String> names) {
    scope.removeVariables(names);
  }
}
