/**
 * The incident aggregate and the first lifecycle phase, identify and analyse: a suspected breach is
 * reported (from the Tasklist's start form or {@code POST /api/breach/incidents}), confirmed or dismissed
 * as a false alarm, and scoped (machines, accounts, data types, people affected per state). The
 * incident's reference is the process business key; its details live in our tables, never in process
 * variables.
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.incident;
