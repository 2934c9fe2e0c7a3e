/**
 * The embedded Camunda 7 engine: it is built at deployment on WildFly's transaction manager and the
 * JTA datasource, registered for the web apps, given the process application that deploys the models
 * under {@code bpmn/}, and closed on undeployment. At each start the running incidents on older definitions
 * are migrated to the model just deployed, one step per model version ({@code camunda:versionTag}).
 *
 * <p>Top layer: it assembles the capabilities into a running engine; nothing else depends on it. The model ids
 * and variable names the capabilities use are in {@code process}.
 */
package org.breachresponse.engine;
