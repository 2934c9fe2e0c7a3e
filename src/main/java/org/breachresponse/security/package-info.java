/**
 * Who may do what: authentication of our API (HTTP Basic against the engine's identity service, or the
 * Camunda web apps' session for reads), the roles, what each role may do in the engine (authorizations and
 * Tasklist filters, granted at every start in every mode; docs/authorization.md), and in development mode the
 * seeded users and groups. Where users and groups come from: the engine's own tables, or the practice's Active
 * Directory through Camunda's LDAP plugin with directory groups mapped to the roles ({@code BREACH_IDENTITY_*},
 * docs/directory-accounts.md). In production mode also the web tier's transport security: HTTPS only, Secure
 * session and CSRF cookies, HSTS (development keeps plain HTTP on localhost working).
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.security;
