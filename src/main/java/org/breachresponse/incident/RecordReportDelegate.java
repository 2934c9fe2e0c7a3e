package org.breachresponse.incident;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.breachresponse.input.FormValues;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.process.ProcessVariables;
import org.breachresponse.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * {@code Task_RecordReport}: turns the submitted report into an incident, makes its reference the
 * process business key, and drops the report's fields from the process.
 */
@Dependent
@Named
public class RecordReportDelegate implements JavaDelegate {

  private final IncidentService incidentService;

  @Inject
  public RecordReportDelegate(IncidentService incidentService) {
    this.incidentService = incidentService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = new FormValues(execution);
    String recordedBy = CurrentUser.id(execution.getProcessEngineServices().getIdentityService());
    Incident incident;
    try {
      incident = incidentService.register(ReportFormVariables.read(form), recordedBy, execution.getTenantId());
    } catch (InvalidInputException refused) {
      throw ReportFormVariables.labelled(refused);
    }
    execution.setProcessBusinessKey(incident.reference().value());
    execution.setVariable(ProcessVariables.INCIDENT_REFERENCE, incident.reference().value());
    incidentService.practiceName(incident.practiceId())
        .ifPresent(name -> execution.setVariable(ProcessVariables.PRACTICE_NAME, name));
    execution.removeVariable(ProcessVariables.PRACTICE);
    form.discard(ReportFormVariables.names());
  }
}
