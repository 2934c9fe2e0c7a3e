/**
 * The process vocabulary every capability speaks: the ids of the BPMN and DMN models, the names of the
 * process variables (references only, never patient or incident detail), the incident reference as a value
 * ({@link org.breachresponse.process.IncidentReference}), the lifecycle phases, the engine
 * services a capability may call on (authorization checks, the mark of a failure a retry cannot cure), the
 * event that the engine has started, and the application settings read from system properties.
 *
 * <p>Bottom layer: of our packages it uses only {@code input} (the field error a malformed reference is refused
 * with). The engine itself is assembled in {@code engine}.
 */
package org.breachresponse.process;
