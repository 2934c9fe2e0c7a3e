/**
 * The notice to the Secretary of HHS (164.408): the worksheet that mirrors the OCR breach portal, and the
 * annual log of breaches affecting fewer than 500.
 *
 * <p>Capability layer: within notification it uses the obligations, the individuals and the shared
 * {@code notification} records; no other part depends on it.
 */
package org.breachresponse.notification.hhs;
