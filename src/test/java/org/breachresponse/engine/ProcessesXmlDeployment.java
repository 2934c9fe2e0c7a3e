package org.breachresponse.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Deploys what {@link ProcessesXml} lists to the test engine before each test and deletes the deployment, with
 * its process instances, after it: each test starts on the models the server runs and leaves nothing behind.
 * Register it with {@code @ExtendWith(ProcessesXmlDeployment.class)}.
 */
final class ProcessesXmlDeployment implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ProcessesXmlDeployment.class);
  private static final String DEPLOYMENT_ID = "deploymentId";

  @Override
  public void beforeEach(ExtensionContext context) {
    ProcessEngine engine = TestEngine.get();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(ProcessesXml.archiveName());
    ProcessesXml.resources().forEach(deployment::addClasspathResource);
    context.getStore(NAMESPACE).put(DEPLOYMENT_ID, deployment.deploy().getId());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String deploymentId = context.getStore(NAMESPACE).remove(DEPLOYMENT_ID, String.class);
    if (deploymentId != null) {
      TestEngine.get().getRepositoryService().deleteDeployment(deploymentId, true, true, true);
    }
  }
}
