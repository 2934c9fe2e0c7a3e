package org.breachresponse.review;

import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;

/** What the {@code Review security measures} form submitted: every part required, all errors at once. */
record ReviewForm(String rootCause, String whatWorked, String whatDidNotWork, String policyChanges, String training,
    String privacyOfficer) {

  static final String ROOT_CAUSE = "rootCause";
  static final String WHAT_WORKED = "whatWorked";
  static final String WHAT_DID_NOT_WORK = "whatDidNotWork";
  static final String POLICY_CHANGES = "policyChanges";
  static final String TRAINING = "training";
  static final String PRIVACY_OFFICER = "reviewPrivacyOfficer";
  static final List<String> FIELDS = List.of(ROOT_CAUSE, WHAT_WORKED, WHAT_DID_NOT_WORK, POLICY_CHANGES, TRAINING,
      PRIVACY_OFFICER);
  private static final int LONG = 4000;

  static ReviewForm read(FormValues form) {
    List<FieldError> errors = new ArrayList<>();
    ReviewForm read = new ReviewForm(text(form, ROOT_CAUSE, LONG, errors), text(form, WHAT_WORKED, LONG, errors),
        text(form, WHAT_DID_NOT_WORK, LONG, errors), text(form, POLICY_CHANGES, LONG, errors),
        text(form, TRAINING, LONG, errors), text(form, PRIVACY_OFFICER, 64, errors));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return read;
  }

  private static String text(FormValues form, String field, int maxLength, List<FieldError> errors) {
    String value = form.text(field);
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "required"));
      return null;
    }
    if (value.strip().length() > maxLength) {
      errors.add(new FieldError(field, "at most " + maxLength + " characters"));
    }
    return value.strip();
  }
}
