package org.breachresponse.engine;

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

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    Object requested = context.getVariables() == null ? null : context.getVariables().get(ProcessVariables.PRACTICE);
    if (requested != null && !(requested instanceof String)) {
      throw new ProcessEngineException("practice: must be a practice's id, e.g. bright-smiles");
    }
    try {
      return ProgrammaticBeanLookup.lookup(Practices.class).forNewIncident((String) requested).id().value();
    } catch (RuntimeException refused) {
      // The Tasklist shows the message on the start form; our API checked the same before it started the process.
      throw new ProcessEngineException("practice: " + refused.getMessage(), refused);
    }
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
