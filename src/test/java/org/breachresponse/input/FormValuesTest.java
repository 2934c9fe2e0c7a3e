package org.breachresponse.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** What a Tasklist form submitted is held to the API's plain-text rule, and errors name the form field. */
class FormValuesTest {

  private final Map<String, Object> variables = new HashMap<>();
  private final FormValues form = new FormValues(scopeOver(variables));

  @Test
  void textIsWhatTheFormSubmittedWithTabsAndLineBreaksAllowed() {
    variables.put("whatHappened", "A laptop was stolen.\n\tIt held the schedule.");
    variables.put("count", 12L);

    assertThat(form.text("whatHappened")).isEqualTo("A laptop was stolen.\n\tIt held the schedule.");
    assertThat(form.text("count")).isEqualTo("12");
    assertThat(form.text("notOnTheForm")).isNull();
  }

  @Test
  void textWithAControlCharacterIsRefusedNamingTheField() {
    variables.put("reportedBy", "Dana\u0000Reyes");

    assertThatThrownBy(() -> form.text("reportedBy")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).containsExactly(new FieldError("reportedBy", PlainText.REASON)));
  }

  @Test
  void textThatReadsDifferentlyFromWhatItHoldsIsRefused() {
    variables.put("proof", "batch 12 \u202Egnp.exe");
    variables.put("method", "\u200B");

    assertThatThrownBy(() -> form.text("proof")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("proof"));
    assertThatThrownBy(() -> form.text("method")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("method"));
  }

  @Test
  void aFlagIsTrueOnlyForTrue() {
    variables.put("checked", true);
    variables.put("typed", "true");
    variables.put("other", "yes");

    assertThat(List.of(form.flag("checked"), form.flag("typed"), form.flag("other"), form.flag("missing")))
        .containsExactly(true, true, false, false);
  }

  @Test
  void discardRemovesTheFields() {
    variables.put("a", "1");
    variables.put("b", "2");
    variables.put("kept", "3");

    form.discard(List.of("a", "b"));

    assertThat(variables).containsOnlyKeys("kept");
  }

  /** The two methods FormValues uses, over a map; any other call fails the test. */
  private static VariableScope scopeOver(Map<String, Object> variables) {
    return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getVariable" -> variables.get((String) args[0]);
          case "removeVariables" -> {
            variables.keySet().removeAll((Collection<?>) args[0]);
            yield null;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
