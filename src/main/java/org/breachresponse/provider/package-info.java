/**
 * The IT provider's view across practices: for every practice the caller belongs to, its open incidents with
 * their phase, containment progress and next notice deadline, overdue notices first, and the deadlines of the
 * coming weeks across practices ({@code GET /api/breach/provider/overview}, the page {@code /provider/}). Read
 * with a handful of aggregate queries, whatever the number of incidents.
 *
 * <p>Top layer: it reads what the capabilities record; no capability or bottom package depends on it.
 */
package org.breachresponse.provider;
