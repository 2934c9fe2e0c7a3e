/**
 * Who may do what: authentication of our API (HTTP Basic against the engine's identity service, or the
 * Camunda web apps' session for reads), the roles, what each role may do in the engine (authorizations and
 * Tasklist filters, granted at every start in every mode; docs/authorization.md), and in development mode the
 * seeded users and groups.
 */
package org.breachresponse.security;
