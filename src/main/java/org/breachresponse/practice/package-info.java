/**
 * Practices: every dental practice an installation serves is a Camunda tenant whose id is the practice's
 * id (docs/adr/0013-practices-are-tenants.md). Its settings (letterhead, time zone, directory and EDR) live
 * in our tables, its secrets encrypted ({@link org.breachresponse.practice.SecretBox}); who belongs to it are
 * Camunda's tenant memberships. Every incident belongs to exactly one practice, and a user reaches only the
 * practices they belong to.
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.practice;
