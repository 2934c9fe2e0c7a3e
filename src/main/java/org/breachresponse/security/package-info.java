/**
 * Who may do what: authentication of our API (HTTP Basic against the engine's identity service, or the
 * Camunda web apps' session for reads), the roles, and in development mode the seeded users, groups,
 * authorizations and Tasklist filters. In production mode also the web tier's transport security: HTTPS
 * only, Secure session and CSRF cookies, HSTS (development keeps plain HTTP on localhost working).
 */
package org.breachresponse.security;
