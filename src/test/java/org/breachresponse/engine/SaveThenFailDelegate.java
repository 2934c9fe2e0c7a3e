package org.breachresponse.engine;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.breachresponse.incident.IncidentReport;
import org.breachresponse.incident.IncidentService;
import org.breachresponse.incident.Sign;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Test delegate: saves an incident through JPA, then fails when the process says so. */
@Dependent
@Named
public class SaveThenFailDelegate implements JavaDelegate {

  static final String MARKER = "transaction-boundary-probe";

  @Inject
  private IncidentService incidentService;

  @Override
  public void execute(DelegateExecution execution) {
    incidentService.register(new IncidentReport(MARKER, LocalDate.now(), List.of(Sign.OTHER), null, "probe"), "probe");
    if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
      throw new IllegalStateException("fails after saving");
    }
  }
}
