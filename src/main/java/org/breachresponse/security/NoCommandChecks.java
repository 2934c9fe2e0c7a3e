package org.breachresponse.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.history.HistoricCaseInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionRequirementsDefinitionEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CaseDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.CaseExecution;

/**
 * A command checker that checks nothing: the engine calls each of its checkers for every command, and a checker
 * concerned with a few commands (such as {@link TaskRoleChecker}) overrides only theirs. Camunda's own checkers
 * (authorizations, tenants) stay in place beside it.
 */
abstract class NoCommandChecks implements CommandChecker {

  @Override
  public void checkEvaluateDecision(DecisionDefinition arg) {
  }

  @Override
  public void checkCreateProcessInstance(ProcessDefinition arg) {
  }

  @Override
  public void checkReadProcessDefinition(ProcessDefinition arg) {
  }

  @Override
  public void checkCreateCaseInstance(CaseDefinition arg) {
  }

  @Override
  public void checkUpdateProcessDefinitionById(String arg) {
  }

  @Override
  public void checkUpdateProcessDefinitionSuspensionStateById(String arg) {
  }

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionId(String arg) {
  }

  @Override
  public void checkUpdateRetriesProcessInstanceByProcessDefinitionId(String arg) {
  }

  @Override
  public void checkUpdateProcessInstanceSuspensionStateByProcessDefinitionId(String arg) {
  }

  @Override
  public void checkUpdateDecisionDefinitionById(String arg) {
  }

  @Override
  public void checkUpdateProcessDefinitionByKey(String arg) {
  }

  @Override
  public void checkUpdateProcessDefinitionSuspensionStateByKey(String arg) {
  }

  @Override
  public void checkDeleteProcessDefinitionById(String arg) {
  }

  @Override
  public void checkDeleteProcessDefinitionByKey(String arg) {
  }

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionKey(String arg) {
  }

  @Override
  public void checkUpdateProcessInstanceSuspensionStateByProcessDefinitionKey(String arg) {
  }

  @Override
  public void checkUpdateProcessInstanceById(String arg) {
  }

  @Override
  public void checkUpdateProcessInstanceSuspensionStateById(String arg) {
  }

  @Override
  public void checkUpdateProcessInstance(ExecutionEntity arg) {
  }

  @Override
  public void checkUpdateProcessInstanceVariables(ExecutionEntity arg) {
  }

  @Override
  public void checkCreateMigrationPlan(ProcessDefinition arg0, ProcessDefinition arg1) {
  }

  @Override
  public void checkMigrateProcessInstance(ExecutionEntity arg0, ProcessDefinition arg1) {
  }

  @Override
  public void checkReadProcessInstance(String arg) {
  }

  @Override
  public void checkReadJob(JobEntity arg) {
  }

  @Override
  public void checkUpdateJob(JobEntity arg) {
  }

  @Override
  public void checkUpdateRetriesJob(JobEntity arg) {
  }

  @Override
  public void checkReadProcessInstance(ExecutionEntity arg) {
  }

  @Override
  public void checkReadProcessInstanceVariable(ExecutionEntity arg) {
  }

  @Override
  public void checkDeleteProcessInstance(ExecutionEntity arg) {
  }

  @Override
  public void checkReadTask(TaskEntity arg) {
  }

  @Override
  public void checkReadTaskVariable(TaskEntity arg) {
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity arg) {
  }

  @Override
  public void checkCreateBatch(Permission arg) {
  }

  @Override
  public void checkDeleteBatch(BatchEntity arg) {
  }

  @Override
  public void checkDeleteHistoricBatch(HistoricBatchEntity arg) {
  }

  @Override
  public void checkSuspendBatch(BatchEntity arg) {
  }

  @Override
  public void checkActivateBatch(BatchEntity arg) {
  }

  @Override
  public void checkReadHistoricBatch() {
  }

  @Override
  public void checkCreateDeployment() {
  }

  @Override
  public void checkReadDeployment(String arg) {
  }

  @Override
  public void checkDeleteDeployment(String arg) {
  }

  @Override
  public void checkTaskAssign(TaskEntity arg) {
  }

  @Override
  public void checkCreateTask(TaskEntity arg) {
  }

  @Override
  public void checkCreateTask() {
  }

  @Override
  public void checkTaskWork(TaskEntity arg) {
  }

  @Override
  public void checkDeleteTask(TaskEntity arg) {
  }

  @Override
  public void checkReadDecisionDefinition(DecisionDefinitionEntity arg) {
  }

  @Override
  public void checkReadDecisionRequirementsDefinition(DecisionRequirementsDefinitionEntity arg) {
  }

  @Override
  public void checkReadCaseDefinition(CaseDefinition arg) {
  }

  @Override
  public void checkUpdateCaseDefinition(CaseDefinition arg) {
  }

  @Override
  public void checkDeleteHistoricTaskInstance(HistoricTaskInstanceEntity arg) {
  }

  @Override
  public void checkDeleteHistoricProcessInstance(HistoricProcessInstance arg) {
  }

  @Override
  public void checkDeleteHistoricCaseInstance(HistoricCaseInstance arg) {
  }

  @Override
  public void checkDeleteHistoricDecisionInstance(String arg) {
  }

  @Override
  public void checkDeleteHistoricDecisionInstance(HistoricDecisionInstance arg) {
  }

  @Override
  public void checkReadHistoricJobLog(HistoricJobLogEventEntity arg) {
  }

  @Override
  public void checkReadHistoryAnyProcessDefinition() {
  }

  @Override
  public void checkReadHistoryProcessDefinition(String arg) {
  }

  @Override
  public void checkUpdateCaseInstance(CaseExecution arg) {
  }

  @Override
  public void checkDeleteUserOperationLog(UserOperationLogEntry arg) {
  }

  @Override
  public void checkUpdateUserOperationLog(UserOperationLogEntry arg) {
  }

  @Override
  public void checkReadCaseInstance(CaseExecution arg) {
  }

  @Override
  public void checkReadHistoricExternalTaskLog(HistoricExternalTaskLogEntity arg) {
  }

  @Override
  public void checkDeleteHistoricVariableInstance(HistoricVariableInstanceEntity arg) {
  }

  @Override
  public void checkDeleteHistoricVariableInstancesByProcessInstance(HistoricProcessInstanceEntity arg) {
  }

  @Override
  public void checkReadDiagnosticsData() {
  }

  @Override
  public void checkReadHistoryLevel() {
  }

  @Override
  public void checkReadTableCount() {
  }

  @Override
  public void checkReadTableName() {
  }

  @Override
  public void checkReadTableMetaData() {
  }

  @Override
  public void checkReadProperties() {
  }

  @Override
  public void checkSetProperty() {
  }

  @Override
  public void checkDeleteProperty() {
  }

  @Override
  public void checkDeleteLicenseKey() {
  }

  @Override
  public void checkSetLicenseKey() {
  }

  @Override
  public void checkReadLicenseKey() {
  }

  @Override
  public void checkRegisterProcessApplication() {
  }

  @Override
  public void checkUnregisterProcessApplication() {
  }

  @Override
  public void checkReadRegisteredDeployments() {
  }

  @Override
  public void checkReadProcessApplicationForDeployment() {
  }

  @Override
  public void checkRegisterDeployment() {
  }

  @Override
  public void checkUnregisterDeployment() {
  }

  @Override
  public void checkDeleteMetrics() {
  }

  @Override
  public void checkDeleteTaskMetrics() {
  }

  @Override
  public void checkReadSchemaLog() {
  }
}
