package org.breachresponse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.breachresponse.Deployments;
import org.breachresponse.process.BreachResponseProcess;
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

/**
 * The upgrade of running incidents in the server: the start-up hook ran when this WAR was deployed, and an
 * incident of the flat model is moved by it on WildFly's transaction manager with the real beans. (Runs inside
 * the server, which the other in-server tests share: the probe's models are deployed under a key of their own and
 * removed afterwards, so no other test's incident is moved or deleted.)
 */
@ExtendWith(ArquillianExtension.class)
class RunningIncidentsUpgradeIT {

  private static final String PREVIOUS_MODEL = "models/breach-response-v1.bpmn";
  private static final String PROBE = "breach-response upgrade probe";
  /** The probe's models run under their own key: moving "every incident" then moves only the probe's. */
  private static final String PROBE_KEY = "breachResponseUpgradeProbe";

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

    for (ProcessInstance incident : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(BreachResponseProcess.KEY).list()) {
      assertEquals(latest.getId(), incident.getProcessDefinitionId(), incident.getBusinessKey() + " is on the latest");
    }
    Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    assertTrue(Pattern.compile("Running incidents(: none on a definition older than| upgraded to) breachResponse version "
        + latest.getVersion() + " ").matcher(Files.readString(log)).find(),
        "the upgrade's summary line of this deployment's start is in server.log");
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
          new RunningIncidentsUpgrade(engine, RunningIncidentsUpgrade.steps(), PROBE_KEY).run();

      assertEquals(1, outcome.moved(), "the probe incident moved");
      assertEquals(0, outcome.stayed(), "nothing stayed behind");
      ProcessInstance moved = runtimeService.createProcessInstanceQuery().processInstanceId(incidentId).singleResult();
      assertEquals(phased.getId(), moved.getProcessDefinitionId());
      assertTrue(runtimeService.getActiveActivityIds(incidentId).contains(BreachResponseProcess.TASK_CONFIRM_BREACH),
          "still waiting at " + BreachResponseProcess.TASK_CONFIRM_BREACH);
      assertEquals(incident.getBusinessKey(), moved.getBusinessKey());
      assertTrue(moved.getBusinessKey().startsWith("BR-"), moved.getBusinessKey());
    } finally {
      if (incidentId != null && runtimeService.createProcessInstanceQuery().processInstanceId(incidentId).count() > 0) {
        runtimeService.deleteProcessInstance(incidentId, "upgrade probe over", true, true);
      }
      for (String probe : probes) {
        repositoryService.deleteDeployment(probe, true);
      }
    }
  }

  /** Deploys the model under the probe's own process key, so the upgrade it runs touches no other incident. */
  private String deploy(String resource) {
    try (InputStream model = getClass().getClassLoader().getResourceAsStream(resource)) {
      String xml = new String(model.readAllBytes(), StandardCharsets.UTF_8)
          .replace('"' + BreachResponseProcess.KEY + '"', '"' + PROBE_KEY + '"');
      return repositoryService.createDeployment().name(PROBE).addString("breach-response-probe.bpmn", xml).deploy()
          .getId();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProcessDefinition definitionOf(String deploymentId) {
    return repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId)
        .processDefinitionKey(PROBE_KEY).singleResult();
  }
}
