package org.breachresponse.directory;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.Locale;

/**
 * The test connection of an LDAP directory, in the order a containment needs it: a bind as the service
 * account over TLS, then the base DN, the quarantine OU and the quarantine group each found.
 */
final class LdapConnectionCheck {

  private LdapConnectionCheck() {
  }

  static ConnectionCheck check(LdapConnector connector, DirectorySettings settings) {
    LDAPConnection connection;
    try {
      connection = connector.connect();
    } catch (DirectoryRefusedException e) {
      return ConnectionCheck.failed("bindPassword", "the directory refused the bind DN " + settings.bindDn()
          + " with this password");
    } catch (DirectoryUnavailableException e) {
      return ConnectionCheck.failed(tlsProblem(e) ? "caCertificate" : "url", e.getMessage());
    }
    try (connection) {
      if (!exists(connection, settings.baseDn())) {
        return ConnectionCheck.failed("baseDn", settings.baseDn() + " not found");
      }
      if (!exists(connection, settings.quarantineOu())) {
        return ConnectionCheck.failed("quarantineOu", settings.quarantineOu() + " not found");
      }
      if (!exists(connection, settings.quarantineGroup())) {
        return ConnectionCheck.failed("quarantineGroup", settings.quarantineGroup() + " not found");
      }
      return ConnectionCheck.passed();
    } catch (LDAPException e) {
      return ConnectionCheck.failed("url", "the directory at " + settings.url() + " failed a search: "
          + e.getResultCode());
    }
  }

  private static boolean exists(LDAPConnection connection, String dn) throws LDAPException {
    try {
      return connection.getEntry(dn, "1.1") != null;
    } catch (LDAPException e) {
      if (e.getResultCode() == com.unboundid.ldap.sdk.ResultCode.NO_SUCH_OBJECT
          || e.getResultCode() == com.unboundid.ldap.sdk.ResultCode.INVALID_DN_SYNTAX) {
        return false;
      }
      throw e;
    }
  }

  /** Whether the connection failed in the TLS handshake: the certificate was not trusted or did not fit. */
  private static boolean tlsProblem(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException) {
        return true;
      }
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("certificate") || message.contains("pkix") || message.contains("handshake")) {
        return true;
      }
    }
    return false;
  }
}
