package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.breachresponse.Deployments;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.breachresponse.process.BreachResponseProcess;

/**
 * The upgrade of running incidents in the server: the start-up hook ran when this WAR was deployed, and an
 * incident of the flat model is moved by it on WildFly's transaction manager with the real beans. (Runs inside
 * the server.)
 */
@ExtendWith(ArquillianExtension.class)
class RunningIncidentsUpgradeIT {

  private static final String PREVIOUS_MODEL = "models/breach-response-v1.bpmn";
  private static final String PROBE = "breach-response upgrade probe";

  @Deployment
  static WebArchive application() {
    return Deployments.application().addClasses(RunningIncidentsUpgradeIT.class).addAsResource(PREVIOUS_MODEL);
  }

  @Inject
  private RepositoryService repositoryService;

  @Inject
  private RuntimeService runtimeService;

  @Test
  void theStartUpHookRanAndLeftNoIncidentOnAnOlderDefinition() throws IOException {
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(BreachResponseProcess.KEY).latestVersion().singleResult();

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(BreachResponseProcess.KEY).list())
        .allSatisfy(incident -> assertThat(incident.getProcessDefinitionId()).isEqualTo(latest.getId()));
    Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    assertThat(Files.readString(log)).as("the upgrade's summary line of this deployment's start")
        .containsPattern("Running incidents(: none on a definition older than| upgraded to) breachResponse version "
            + latest.getVersion() + " ");
  }

  @Test
  void anIncidentOfTheFlatModelMovesOntoTheNewModelInTheServer() {
    ProcessEngine engine = RuntimeContainerDelegate.INSTANCE.get().getProcessEngineService().getDefaultProcessEngine();
    List<String> probes = new ArrayList<>();
    String incidentId = null;
    try {
      probes.add(deploy(PREVIOUS_MODEL));
      ProcessDefinition flat = definitionOf(probes.get(0));
      // Reported as the front desk's form would: the real delegate registers the incident.
      ProcessInstance incident = runtimeService.startProcessInstanceById(flat.getId(), Map.of(
          "reportedBy", "Upgrade probe", "discoveryDate", LocalDate.now().minusDays(1).toString(),
          "signUnusualNetworkActivity", true, "description", "Probe of the start-up upgrade"));
      incidentId = incident.getId();
      probes.add(deploy("bpmn/breach-response.bpmn"));
      ProcessDefinition phased = definitionOf(probes.get(1));

      RunningIncidentsUpgrade.UpgradeOutcome outcome =
          new RunningIncidentsUpgrade(engine, RunningIncidentsUpgrade.steps()).run();

      assertThat(outcome.moved()).isGreaterThanOrEqualTo(1);
      assertThat(outcome.stayed()).isZero();
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(incidentId).singleResult()
          .getProcessDefinitionId()).isEqualTo(phased.getId());
      assertThat(runtimeService.getActiveActivityIds(incidentId)).contains(BreachResponseProcess.TASK_CONFIRM_BREACH);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(incidentId).singleResult()
          .getBusinessKey()).isEqualTo(incident.getBusinessKey()).startsWith("BR-");
    } finally {
      if (incidentId != null && runtimeService.createProcessInstanceQuery().processInstanceId(incidentId).count() > 0) {
        runtimeService.deleteProcessInstance(incidentId, "upgrade probe over", true, true);
      }
      for (String probe : probes) {
        repositoryService.deleteDeployment(probe, true);
      }
    }
  }

  private String deploy(String resource) {
    try (InputStream model = getClass().getClassLoader().getResourceAsStream(resource)) {
      return repositoryService.createDeployment().name(PROBE).addInputStream("breach-response.bpmn", model).deploy()
          .getId();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProcessDefinition definitionOf(String deploymentId) {
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId)
        .processDefinitionKey(BreachResponseProcess.KEY).singleResult();
  }
}
