package org.breachresponse.engine;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine API the web apps call ({@code /camunda/api/engine}, e.g. the Tasklist submitting a form): Camunda's,
 * with a refused form answered 400 naming its fields ({@link RefusedFormInputHandler}), another practice's
 * objects answered as missing ones ({@link PracticeScopedEngineExceptionHandler}) and a concurrent update as 503
 * with {@code Retry-After} ({@link EngineFailureHandler}, and the two before).
 */
public class WebAppEngineRestApplication extends org.camunda.bpm.webapp.impl.engine.EngineRestApplication {

  @Override
  public Set<Class<?>> getClasses() {
    return withOurExceptionHandlers(super.getClasses());
  }

  static Set<Class<?>> withOurExceptionHandlers(Set<Class<?>> classes) {
    Set<Class<?>> swapped = new HashSet<>(classes);
    swapped.remove(RestExceptionHandler.class);
    swapped.add(RefusedFormInputHandler.class);
    swapped.remove(ProcessEngineExceptionHandler.class);
    swapped.add(PracticeScopedEngineExceptionHandler.class);
    swapped.remove(ExceptionHandler.class);
    swapped.add(EngineFailureHandler.class);
    return swapped;
  }
}
