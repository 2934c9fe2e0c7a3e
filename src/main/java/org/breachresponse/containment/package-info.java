/**
 * Containment, the second lifecycle phase. For now responders record by hand what they did in
 * {@code Contain the breach}; automated isolation and credential resets through the directory follow.
 */
package org.breachresponse.containment;
