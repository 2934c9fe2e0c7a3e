/**
 * The practice&#39;s clock: its time zone, and when a legal due date ends or a reminder falls in it.
 *
 * <p>Bottom layer: it depends on no other package of ours.
 */
package org.breachresponse.clock;
