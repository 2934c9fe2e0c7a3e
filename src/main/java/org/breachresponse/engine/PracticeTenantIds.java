package org.breachresponse.engine;

import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.NotInAnyPracticeException;
import org.breachresponse.practice.PracticeInactiveException;
import org.breachresponse.practice.PracticeNotFoundException;
import org.breachresponse.practice.Practices;
import org.breachresponse.process.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.cdi.impl.util.ProgrammaticBeanLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The model is deployed once, shared by every practice; each incident's process instance gets its practice's
 * id as tenant id when it starts (Camunda's user guide, 'Multi-Tenancy', 'Shared definitions'), and with it
 * every task, job, variable and history row of that instance. The practice is the start variable
 * {@code practice} (our API and the Tasklist's start form set it), or, when it is left out, the starter's only
 * practice; the starter must belong to it, and it must be active ({@link Practices#forNewIncident}). A
 * decision evaluated inside an incident carries the incident's practice, also when a step of the incident
 * evaluates it through the DecisionService.
 */
final class PracticeTenantIds implements TenantIdProvider {

  /** The start form's label of the field {@code practice} (bpmn/forms/report-breach.form). */
  static final String FIELD_LABEL = "Practice";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    Object requested = context.getVariables() == null ? null : context.getVariables().get(ProcessVariables.PRACTICE);
    if (requested != null && !(requested instanceof String)) {
      throw refusal("must be a practice's id, e.g. bright-smiles");
    }
    try {
      return ProgrammaticBeanLookup.lookup(Practices.class).forNewIncident((String) requested).id().value();
    } catch (InvalidInputException | PracticeNotFoundException | PracticeInactiveException
             | NotInAnyPracticeException refused) {
      // Our API checked the same before it started the process; the Tasklist's start form is refused here.
      throw refusal(reason(refused));
    }
  }

  /**
   * The engine's refusal, its message starting {@code practice:}. Its cause is the same refusal naming the start
   * form's field by its label, which {@link RefusedFormInputHandler} answers as a 400 the Tasklist shows on the
   * form ("Practice: No practice … that you belong to").
   */
  static ProcessEngineException refusal(String reason) {
    return new ProcessEngineException(ProcessVariables.PRACTICE + ": " + reason,
        new InvalidInputException(FIELD_LABEL, reason));
  }

  /** What is wrong, without a field name in front. */
  static String reason(RuntimeException refused) {
    if (refused instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
      return invalid.errors().get(0).message();
    }
    if (refused instanceof PracticeNotFoundException notFound) {
      return notFound.error().message();
    }
    if (refused instanceof PracticeInactiveException inactive) {
      return inactive.error().message();
    }
    return refused.getMessage();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    DelegateExecution execution = context.getExecution();
    if (execution != null) {
      return execution.getTenantId();
    }
    // Evaluated through the DecisionService by a step of an incident (the notification rules): that step's
    // execution is the one the engine is running; without it the evaluation would be every practice's to read.
    BpmnExecutionContext running = Context.getBpmnExecutionContext();
    return running == null || running.getExecution() == null ? null : running.getExecution().getTenantId();
  }
}
