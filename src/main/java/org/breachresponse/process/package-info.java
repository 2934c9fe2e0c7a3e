/**
 * The process vocabulary every capability speaks: the ids of the BPMN and DMN models, the names of the
 * process variables (references only, never patient or incident detail), the lifecycle phases, the engine
 * services a capability may call on (authorization checks, the mark of a failure a retry cannot cure), the
 * event that the engine has started, and the application settings read from system properties.
 *
 * <p>Bottom layer: it depends on no other package of ours. The engine itself is assembled in {@code engine}.
 */
package org.breachresponse.process;
