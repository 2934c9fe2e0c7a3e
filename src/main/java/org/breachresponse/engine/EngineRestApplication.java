package org.breachresponse.engine;

import java.util.HashSet;
import java.util.Set;
import jakarta.ws.rs.core.Application;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * The Camunda engine REST API at {@code /camunda/engine-rest}, behind HTTP Basic authentication against
 * the engine's identity service (see {@code web.xml}). Camunda Modeler deploys through it. A form our listeners
 * refuse answers 400 naming its fields ({@link RefusedFormInputHandler}).
 */
public class EngineRestApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getResourceClasses());
    classes.addAll(CamundaRestResources.getConfigurationClasses());
    return WebAppEngineRestApplication.withOurExceptionHandlers(classes);
  }
}
