/**
 * Containment and removal of the threat, the second and third lifecycle phases. An IT responder approves
 * which scoped machines are isolated and which accounts are reset (holding any back with a reason); the
 * engine then isolates and resets in parallel through the practice's directory and EDR, retrying with
 * back-off and handing to a person what no adapter can do. Each machine's evidence is recorded before it
 * is cleansed, a second person verifies it, and only then is it restored (or, if replaced, retired).
 * Every action is its own append-only row.
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.containment;
