package org.breachresponse.notification.notice;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.IsoDate;
import org.breachresponse.notification.obligation.SubstituteNotice;
import org.breachresponse.process.BreachResponseProcess;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The substitute notice's tasks: {@code Start the substitute notice} records the web posting and the toll-free
 * number; {@code End the web posting} and {@code Close the toll-free line} record their end after 90 days.
 */
@Dependent
@Named
public class SubstituteNoticeListener implements TaskListener {

  static final String WEB_POSTING = "webPosting";
  static final String TOLL_FREE_NUMBER = "tollFreeNumber";
  static final String STARTED_ON = "startedOn";
  static final String ENDED_ON = "endedOn";

  private final SubstituteNotices substituteNotices;

  @Inject
  public SubstituteNoticeListener(SubstituteNotices substituteNotices) {
    this.substituteNotices = substituteNotices;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(ProcessVariables.OBLIGATION_ID)).longValue();
    FormValues form = new FormValues(task);
    String by = CurrentUser.completing(task);
    switch (task.getTaskDefinitionKey()) {
      case BreachResponseProcess.TASK_START_SUBSTITUTE_NOTICE -> {
        List<FieldError> errors = new ArrayList<>();
        String web = required(form.text(WEB_POSTING), WEB_POSTING, "the web page address of the posting", errors);
        String phone = required(form.text(TOLL_FREE_NUMBER), TOLL_FREE_NUMBER, "the toll-free number", errors);
        LocalDate started = IsoDate.read(STARTED_ON, form.text(STARTED_ON), "required, a date", errors);
        if (!errors.isEmpty()) {
          throw new InvalidInputException(errors);
        }
        substituteNotices.start(id, web, phone, started, by);
        form.discard(List.of(WEB_POSTING, TOLL_FREE_NUMBER, STARTED_ON));
      }
      case BreachResponseProcess.TASK_END_WEB_POSTING, BreachResponseProcess.TASK_CLOSE_TOLL_FREE_LINE -> {
        List<FieldError> errors = new ArrayList<>();
        LocalDate ended = IsoDate.read(ENDED_ON, form.text(ENDED_ON), "required, a date", errors);
        if (!errors.isEmpty()) {
          throw new InvalidInputException(errors);
        }
        String kind = BreachResponseProcess.TASK_END_WEB_POSTING.equals(task.getTaskDefinitionKey())
            ? SubstituteNotice.Kind.WEB_POSTING.name() : SubstituteNotice.Kind.TOLL_FREE_NUMBER.name();
        substituteNotices.end(id, kind, ended, by);
        form.discard(List.of(ENDED_ON));
      }
      default -> throw new IllegalStateException("not a substitute-notice task: " + task.getTaskDefinitionKey());
    }
  }

  private static String required(String value, String field, String what, List<FieldError> errors) {
    if (value == null || value.isBlank() || value.strip().length() > 500) {
      errors.add(new FieldError(field, "required: " + what));
      return null;
    }
    return value.strip();
  }

}
