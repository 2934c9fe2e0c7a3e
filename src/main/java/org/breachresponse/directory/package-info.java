/**
 * The practice's directory and endpoint protection, as containment uses them: take a machine off the
 * network and bring it back, and force a user's credentials to be reset. {@link Directory} is the port;
 * the adapters speak LDAP to Active Directory or OpenLDAP through the UnboundID LDAP SDK (filters and DNs
 * built with its escaping, never by concatenation), and HTTP to the EDR vendors' APIs. Request shapes
 * and sources: docs/platform-notes.md.
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.directory;
