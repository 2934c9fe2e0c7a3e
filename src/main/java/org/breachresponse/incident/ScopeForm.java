package org.breachresponse.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;

/**
 * The "Scope the breach" form as submitted: lists typed one item per line. {@link #toScope()} checks
 * every line and names each bad one, so the responder fixes them all in one go.
 */
public record ScopeForm(
    String affectedMachines,
    String compromisedAccounts,
    Set<DataType> dataTypes,
    String howItHappened,
    String suspects,
    String affectedIndividualsByState,
    boolean encryptedKeySafe) {

  private static final Pattern STATE_LINE = Pattern.compile("([A-Za-z]{2})\\s*[:=]?\\s*([0-9]{1,9})");
  private static final int MAX_TEXT = 4000;
  private static final int MAX_SHOWN = 40;

  public Scope toScope() {
    List<FieldError> errors = new ArrayList<>();
    List<Hostname> machines = new ArrayList<>();
    List<String> machineLines = lines(affectedMachines);
    if (machineLines.isEmpty()) {
      errors.add(new FieldError("affectedMachines", "name at least one affected machine"));
    }
    for (int i = 0; i < machineLines.size(); i++) {
      String line = machineLines.get(i);
      int number = i + 1;
      Hostname.parse(line).ifPresentOrElse(machines::add, () -> errors.add(new FieldError("affectedMachines",
          "line " + number + ": '" + shown(line) + "' is not a host name (" + Hostname.RULE + ")")));
    }
    List<AccountName> accounts = new ArrayList<>();
    List<String> accountLines = lines(compromisedAccounts);
    for (int i = 0; i < accountLines.size(); i++) {
      String line = accountLines.get(i);
      int number = i + 1;
      AccountName.parse(line).ifPresentOrElse(accounts::add, () -> errors.add(new FieldError("compromisedAccounts",
          "line " + number + ": '" + shown(line) + "' is not a user name (" + AccountName.RULE + ")")));
    }
    Map<UsJurisdiction, Integer> individuals = individualsByState(errors);
    requireText("howItHappened", howItHappened, errors);
    if (suspects != null && suspects.length() > 2000) {
      errors.add(new FieldError("suspects", "at most 2000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Scope(distinct(machines), distinct(accounts), dataTypes, howItHappened.strip(),
        suspects == null || suspects.isBlank() ? null : suspects.strip(), individuals, encryptedKeySafe);
  }

  private Map<UsJurisdiction, Integer> individualsByState(List<FieldError> errors) {
    Map<UsJurisdiction, Integer> individuals = new EnumMap<>(UsJurisdiction.class);
    List<String> stateLines = lines(affectedIndividualsByState);
    if (stateLines.isEmpty()) {
      errors.add(new FieldError("affectedIndividualsByState", "give at least one state and count, e.g. 'TX 300'"));
    }
    for (int i = 0; i < stateLines.size(); i++) {
      String line = stateLines.get(i);
      Matcher matcher = STATE_LINE.matcher(line);
      Optional<UsJurisdiction> jurisdiction = matcher.matches()
          ? UsJurisdiction.fromCode(matcher.group(1).toUpperCase()) : Optional.empty();
      if (jurisdiction.isEmpty()) {
        errors.add(new FieldError("affectedIndividualsByState", "line " + (i + 1) + ": '" + shown(line)
            + "' is not a state code and a count, e.g. 'TX 300' (states, DC, PR, GU, VI)"));
      } else if (individuals.containsKey(jurisdiction.get())) {
        errors.add(new FieldError("affectedIndividualsByState", "line " + (i + 1) + ": " + jurisdiction.get() + " is listed twice"));
      } else {
        individuals.put(jurisdiction.get(), Integer.parseInt(matcher.group(2)));
      }
    }
    return individuals;
  }

  private static void requireText(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
    } else if (value.length() > MAX_TEXT) {
      errors.add(new FieldError(field, "at most " + MAX_TEXT + " characters"));
    }
  }

  private static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static <T> List<T> distinct(List<T> items) {
    return List.copyOf(new LinkedHashSet<>(items));
  }

  /** Echoes at most a little of a bad line, with control characters made visible. */
  private static String shown(String line) {
    String visible = line.codePoints()
        .mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c) : new String(Character.toChars(c)))
        .reduce("", String::concat);
    return visible.length() <= MAX_SHOWN ? visible : visible.substring(0, MAX_SHOWN) + "…";
  }
}
