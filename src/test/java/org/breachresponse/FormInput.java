package org.breachresponse;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the journey explorers type into a form: the least it accepts (a short answer), or the most (long text with
 * characters from many scripts, as long as the form's field allows, read from bpmn/forms).
 */
public final class FormInput {

  /** Text from several scripts, with combining marks, emoji and a right-to-left run: what staff may type. */
  private static final String MANY_SCRIPTS = "Zoë Ñandú — 患者の記録 — Δεδομένα — Кабинет — مريض 🦷 e\u0301 ";
  private static final Map<String, Map<String, Integer>> LIMITS = new HashMap<>();

  private FormInput() {
  }

  /** Least: {@code least}; most: long text from many scripts, as long as the form's field allows (at most 2,000). */
  public static String prose(boolean most, String form, String field, String least) {
    return most ? text(Math.min(2000, maxLength(form, field))) : least;
  }

  /** Text of at most {@code length} characters from many scripts, ending in a full stop. */
  public static String text(int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(MANY_SCRIPTS);
    }
    // Cut where no surrogate pair or combining mark is split, leaving room for the full stop.
    int end = length - 1;
    while (end > 0 && (Character.isLowSurrogate(text.charAt(end))
        || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
      end--;
    }
    return text.substring(0, end).strip() + ".";
  }

  /** The {@code maxLength} the form (its key, e.g. {@code scopeBreach}) gives the field. */
  public static synchronized int maxLength(String form, String field) {
    Integer limit = LIMITS.computeIfAbsent(form, FormInput::read).get(field);
    assertThat(limit).as("bpmn/forms: %s has no field %s with a maxLength", form, field).isNotNull();
    return limit;
  }

  private static Map<String, Integer> read(String form) {
    Path file = Path.of("bpmn", "forms", form.replaceAll("([A-Z])", "-$1").toLowerCase() + ".form");
    try (InputStream in = Files.newInputStream(file)) {
      return Json.createReader(in).readObject().getJsonArray("components").getValuesAs(JsonObject.class).stream()
          .filter(c -> c.containsKey("key") && c.containsKey("validate")
              && c.getJsonObject("validate").containsKey("maxLength"))
          .collect(Collectors.toMap(c -> c.getString("key"), c -> c.getJsonObject("validate").getInt("maxLength")));
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + file, e);
    }
  }
}
