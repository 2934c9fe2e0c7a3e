/**
 * The affected individuals: their contact list imported from CSV, and the notice letter each one receives
 * (164.404(c)) with the practice&#39;s details it prints.
 *
 * <p>Capability layer: within notification it depends only on {@code notification.obligation}.
 */
package org.breachresponse.notification.individual;
