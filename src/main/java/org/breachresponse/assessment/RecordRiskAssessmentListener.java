package org.breachresponse.assessment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.incident.DataTypeFields;
import org.breachresponse.input.FormValues;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.breachresponse.process.IncidentReference;

/**
 * Completing {@code Task_AssessRisk}: stores the determination, with the types of information involved that the
 * scope left out, and tells the process whether to notify.
 */
@Dependent
@Named
public class RecordRiskAssessmentListener implements TaskListener {

  private final RiskAssessmentService riskAssessmentService;

  @Inject
  public RecordRiskAssessmentListener(RiskAssessmentService riskAssessmentService) {
    this.riskAssessmentService = riskAssessmentService;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues form = new FormValues(task);
    FourFactorAssessment assessment = new RiskAssessmentForm(form).read();
    IncidentReference reference = IncidentReference.in(task);
    AssessmentOutcome outcome = riskAssessmentService.record(reference, assessment, DataTypeFields.ticked(form),
        CurrentUser.completing(task));
    task.setVariable(ProcessVariables.IS_NOTIFIABLE, outcome.notifiable());
    form.discard(RiskAssessmentForm.fieldNames());
    form.discard(DataTypeFields.names());
  }
}
