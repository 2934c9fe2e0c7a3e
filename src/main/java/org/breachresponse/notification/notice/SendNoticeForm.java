package org.breachresponse.notification.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.obligation.Recipient;
import org.breachresponse.notification.obligation.SentNotice;
import org.breachresponse.input.IsoDate;

/** The {@code Send notice to …} form: when, how, and the proof that the notice went out. */
public final class SendNoticeForm {

  static final String NOTICE_SUMMARY = "noticeSummary";
  static final String SENT_ON = "sentOn";
  static final String METHOD = "method";
  static final String PROOF = "proof";
  static final String WITHOUT_USABLE_CONTACT = "withoutUsableContact";
  static final List<String> FIELDS = List.of(NOTICE_SUMMARY, SENT_ON, METHOD, PROOF, WITHOUT_USABLE_CONTACT);

  private SendNoticeForm() {
  }

  public static SentNotice read(String sentOn, String method, String proof, Object withoutUsableContact,
      Recipient recipient, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate sent = IsoDate.past(SENT_ON, sentOn, today, "required, the day the notice went out", errors);
    if (method == null || method.isBlank() || method.strip().length() > 200) {
      errors.add(new FieldError(METHOD, "required: how it was sent"));
    }
    if (proof == null || proof.strip().length() < 3 || proof.strip().length() > 1000) {
      errors.add(new FieldError(PROOF, "required: the letter batch, confirmation number or other proof (3 to 1,000 characters)"));
    }
    Integer unreachable = count(withoutUsableContact);
    if (recipient == Recipient.INDIVIDUALS && (unreachable == null || unreachable < 0)) {
      errors.add(new FieldError(WITHOUT_USABLE_CONTACT,
          "required for the individuals' notice: how many could not be reached (0 if none)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SentNotice(sent, method.strip(), proof.strip(), recipient == Recipient.INDIVIDUALS ? unreachable : null);
  }

  private static Integer count(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue() == Math.floor(number.doubleValue()) ? number.intValue() : -1;
    }
    try {
      return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
