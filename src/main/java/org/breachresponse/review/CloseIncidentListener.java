package org.breachresponse.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/** Completing {@code Task_CloseIncident}: the incident is closed by whoever completes it. */
@Dependent
@Named
public class CloseIncidentListener implements TaskListener {

  private final ReviewService reviews;

  @Inject
  public CloseIncidentListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  static final String CONFIRMED = "closeConfirmed";

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    if (!form.flag(CONFIRMED)) {
      throw new InvalidInputException(CONFIRMED, "tick it to confirm the incident's record is checked");
    }
    reviews.close(IncidentReference.in(task), CurrentUser.completing(task));
    form.discard(List.of(CONFIRMED));
  }
}
