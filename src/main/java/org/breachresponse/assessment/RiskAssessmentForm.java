package org.breachresponse.assessment;

import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.Choice;

/** The {@code assessRisk} form's fields, read into a {@link FourFactorAssessment}, every bad field named. */
final class RiskAssessmentForm {

  static final String EXCEPTION_APPLIED = "exceptionApplied";
  static final String ASSESSMENT_OUTCOME = "assessmentOutcome";
  static final String OUTCOME_JUSTIFICATION = "outcomeJustification";
  static final List<String> FACTORS = List.of("natureOfPhi", "unauthorizedPerson", "acquiredOrViewed", "mitigation");
  private static final int MAX_TEXT = 4000;

  private final FormValues form;
  private final List<FieldError> errors = new ArrayList<>();

  RiskAssessmentForm(FormValues form) {
    this.form = form;
  }

  FourFactorAssessment read() {
    BreachExclusion exclusion = choice(EXCEPTION_APPLIED, BreachExclusion.class);
    List<RiskFactor> factors = FACTORS.stream().map(this::factor).toList();
    AssessmentOutcome outcome = choice(ASSESSMENT_OUTCOME, AssessmentOutcome.class);
    String justification = text(OUTCOME_JUSTIFICATION);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new FourFactorAssessment(exclusion, factors.get(0), factors.get(1), factors.get(2), factors.get(3),
        outcome, justification);
  }

  static List<String> fieldNames() {
    List<String> names = new ArrayList<>(List.of(EXCEPTION_APPLIED, ASSESSMENT_OUTCOME, OUTCOME_JUSTIFICATION));
    FACTORS.forEach(factor -> {
      names.add(factor + "Rating");
      names.add(factor + "Rationale");
    });
    return names;
  }

  private RiskFactor factor(String name) {
    return new RiskFactor(choice(name + "Rating", Rating.class), text(name + "Rationale"));
  }

  private <E extends Enum<E>> E choice(String field, Class<E> type) {
    return Choice.read(field, form.text(field), type, "choose one of " + List.of(type.getEnumConstants()), errors);
  }

  private String text(String field) {
    String value = form.text(field);
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "must not be blank"));
      return null;
    }
    if (value.length() > MAX_TEXT) {
      errors.add(new FieldError(field, "at most " + MAX_TEXT + " characters"));
    }
    return value.strip();
  }
}
