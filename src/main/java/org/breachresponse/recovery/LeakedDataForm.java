package org.breachresponse.recovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.Choice;

/**
 * What the {@code Find and take down leaked data} form submitted, checked as a whole: the outcome must fit
 * the places listed (all removed only when every place is, a follow-up only while one is not, closing
 * with a reason of at least 10 characters).
 */
record LeakedDataForm(String searched, List<LeakedDataLine> places, LeakedDataOutcome outcome, String closedReason) {

  static final String SEARCHED = "leakedDataSearched";
  static final String PLACES = "leakedDataPlaces";
  static final String OUTCOME = "leakedDataOutcome";
  static final String CLOSED_REASON = "leakedDataClosedReason";
  static final List<String> FIELDS = List.of(SEARCHED, PLACES, OUTCOME, CLOSED_REASON);
  static final int MAX_PLACES = 200;

  static LeakedDataForm read(FormValues form, LocalDate today) {
    String searched = RecoveryText.required(SEARCHED, form.text(SEARCHED), 2000);
    List<LeakedDataLine> places = places(form.text(PLACES), today);
    LeakedDataOutcome outcome = outcome(form.text(OUTCOME));
    String reason = RecoveryText.optional(CLOSED_REASON, form.text(CLOSED_REASON), 2000);
    check(places, outcome, reason);
    return new LeakedDataForm(searched, places, outcome, outcome == LeakedDataOutcome.CLOSED_WITH_REASON ? reason : null);
  }

  private static List<LeakedDataLine> places(String text, LocalDate today) {
    List<LeakedDataLine> places = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        places.add(LeakedDataLine.parse(lines[i], today));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(PLACES, "line " + (i + 1) + ": " + e.getMessage()));
      }
    }
    if (places.size() > MAX_PLACES) {
      errors.add(new FieldError(PLACES, "at most " + MAX_PLACES + " places"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return places;
  }

  private static LeakedDataOutcome outcome(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(OUTCOME, "required");
    }
    List<FieldError> errors = new ArrayList<>();
    LeakedDataOutcome outcome = Choice.read(OUTCOME, text.toUpperCase(Locale.ROOT), LeakedDataOutcome.class,
        "one of NOTHING_FOUND, ALL_REMOVED, FOLLOW_UP, CLOSED_WITH_REASON", errors);
    InvalidInputException.ifAny(errors);
    return outcome;
  }

  private static void check(List<LeakedDataLine> places, LeakedDataOutcome outcome, String reason) {
    boolean allRemoved = places.stream().allMatch(place -> place.status() == TakedownStatus.REMOVED);
    switch (outcome) {
      case NOTHING_FOUND -> {
        if (!places.isEmpty()) {
          throw new InvalidInputException(OUTCOME, "places are listed: choose all removed, follow up or close with a reason");
        }
      }
      case ALL_REMOVED -> {
        if (places.isEmpty() || !allRemoved) {
          throw new InvalidInputException(OUTCOME, "every listed place must be REMOVED");
        }
      }
      case FOLLOW_UP -> {
        if (places.isEmpty() || allRemoved) {
          throw new InvalidInputException(OUTCOME, "a follow-up needs a listed place not yet REMOVED");
        }
      }
      case CLOSED_WITH_REASON -> {
        if (reason == null || reason.length() < 10) {
          throw new InvalidInputException(CLOSED_REASON, "closing without every removal needs a reason of at least 10 characters");
        }
      }
    }
  }
}
