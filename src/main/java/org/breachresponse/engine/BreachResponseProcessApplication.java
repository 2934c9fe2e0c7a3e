package org.breachresponse.engine;

import org.camunda.bpm.application.ProcessApplication;
import org.camunda.bpm.application.impl.EmbeddedProcessApplication;

/**
 * Deploys what {@code META-INF/processes.xml} lists (the models and forms under {@code bpmn/}) to the
 * embedded engine. Deployments stay in the database on undeployment: running incidents go on.
 */
@ProcessApplication(name = "breach-response")
public class BreachResponseProcessApplication extends EmbeddedProcessApplication {
}
