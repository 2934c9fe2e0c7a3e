package org.breachresponse.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.EngineAuthorization;
import org.breachresponse.security.CurrentUser;
import org.breachresponse.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/**
 * {@code Task_ReviewSecurityMeasures}, completed with the lessons learned and the privacy officer who reviewed
 * them with the owner. Model version 1 also called it when the task was created (that moved the incident to its
 * review, which {@code Phase_Review} does now); an incident still on version 1 gets nothing done on creation.
 */
@Dependent
@Named
public class ReviewSecurityMeasuresListener implements TaskListener {

  private final ReviewService reviews;

  @Inject
  public ReviewSecurityMeasuresListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    IncidentReference reference = IncidentReference.in(task);
    FormValues values = new FormValues(task);
    ReviewForm form = ReviewForm.read(values);
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    // The owner may not be allowed to list users; the question is only whether this one is a privacy officer.
    boolean privacyOfficer = EngineAuthorization.lifted(identity, () -> identity.createUserQuery()
        .userId(form.privacyOfficer()).memberOfGroup(Roles.PRIVACY_OFFICER).count() == 1);
    reviews.recordReview(reference, form, privacyOfficer, CurrentUser.completing(task));
    values.discard(ReviewForm.FIELDS);
  }
}
