package org.breachresponse.incident;

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
import org.breachresponse.input.Choice;
import java.util.ArrayList;
import org.breachresponse.input.FieldError;
import org.breachresponse.process.IncidentReference;

/** Completing {@code Task_ConfirmBreach}: records the decision and its reason; a false alarm closes the incident. */
@Dependent
@Named
public class RecordTriageListener implements TaskListener {

  static final String TRIAGE_DECISION = "triageDecision";
  static final String TRIAGE_REASON = "triageReason";

  private final IncidentService incidentService;

  @Inject
  public RecordTriageListener(IncidentService incidentService) {
    this.incidentService = incidentService;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    TriageDecision decision = decision(form.text(TRIAGE_DECISION));
    String reason = form.text(TRIAGE_REASON);
    if (reason == null || reason.isBlank() || reason.length() > 4000) {
      throw new InvalidInputException(TRIAGE_REASON, "give the reason for the decision, in at most 4000 characters");
    }
    IncidentReference reference = IncidentReference.in(task);
    incidentService.triage(reference, decision, reason.strip(), CurrentUser.completing(task));
    task.setVariable(ProcessVariables.BREACH_CONFIRMED, decision == TriageDecision.CONFIRMED);
    form.discard(List.of(TRIAGE_DECISION, TRIAGE_REASON));
  }

  private static TriageDecision decision(String value) {
    List<FieldError> errors = new ArrayList<>();
    TriageDecision decision = Choice.read(TRIAGE_DECISION, value, TriageDecision.class,
        "choose CONFIRMED or FALSE_ALARM", errors);
    InvalidInputException.ifAny(errors);
    return decision;
  }
}
