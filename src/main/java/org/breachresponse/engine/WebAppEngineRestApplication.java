package org.breachresponse.engine;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine API the web apps call ({@code /camunda/api/engine}, e.g. the Tasklist submitting a form): Camunda's,
 * with a refused form answered 400 naming its fields ({@link RefusedFormInputHandler}) and another practice's
 * objects answered as missing ones ({@link PracticeScopedEngineExceptionHandler}).
 */
public class WebAppEngineRestApplication extends org.camunda.bpm.webapp.impl.engine.EngineRestApplication {

  @Override
  public Set<Class<?>> getClasses() {
    return withRefusedFormInputHandler(super.getClasses());
  }

  static Set<Class<?>> withRefusedFormInputHandler(Set<Class<?>> classes) {
    Set<Class<?>> swapped = new HashSet<>(classes);
    swapped.remove(RestExceptionHandler.class);
    swapped.add(RefusedFormInputHandler.class);
    swapped.remove(ProcessEngineExceptionHandler.class);
    swapped.add(PracticeScopedEngineExceptionHandler.class);
    return swapped;
  }
}
