/**
 * Our JSON API under {@code /camunda/api/breach}: its JAX-RS application, JSON settings, and errors as
 * RFC 9457 {@code application/problem+json} naming the field at fault. The resources themselves live
 * in the capability packages they serve.
 *
 * <p>Top layer: nothing else depends on it. What resources need from request reading is in {@code input}.
 */
package org.breachresponse.api;
