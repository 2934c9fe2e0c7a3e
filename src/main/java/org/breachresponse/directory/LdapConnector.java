package org.breachresponse.directory;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Opens authenticated, encrypted connections to the directory: LDAPS, or LDAP upgraded with StartTLS.
 * Active Directory accepts password writes only over an encrypted connection, and the bind password must
 * never cross the network in clear. The certificate and host name are verified unless a test says not to.
 */
public final class LdapConnector {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final DirectorySettings settings;

  public LdapConnector(DirectorySettings settings) {
    this.settings = settings;
  }

  /** A bound connection; the caller closes it. */
  public LDAPConnection connect() {
    try {
      LDAPURL url = new LDAPURL(settings.url());
      SSLUtil ssl = new SSLUtil(trustManager());
      LDAPConnectionOptions options = new LDAPConnectionOptions();
      options.setConnectTimeoutMillis(TIMEOUT_MILLIS);
      options.setResponseTimeoutMillis(TIMEOUT_MILLIS);
      options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(!settings.trustAnyCertificate()));
      LDAPConnection connection;
      if ("ldaps".equalsIgnoreCase(url.getScheme())) {
        connection = new LDAPConnection(ssl.createSSLSocketFactory(), options, url.getHost(), url.getPort());
      } else {
        connection = new LDAPConnection(options, url.getHost(), url.getPort());
        startTls(connection, ssl.createSSLContext());
      }
      try {
        connection.bind(settings.bindDn(), settings.bindPassword());
      } catch (LDAPException e) {
        connection.close();
        throw e;
      }
      return connection;
    } catch (LDAPException e) {
      throw new DirectoryUnavailableException("Cannot reach the directory at " + settings.url() + ": "
          + e.getResultCode() + " " + e.getDiagnosticMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new DirectoryUnavailableException("Cannot set up TLS to the directory at " + settings.url(), e);
    }
  }

  private static void startTls(LDAPConnection connection, SSLContext context) throws LDAPException {
    ExtendedResult result = connection.processExtendedOperation(new StartTLSExtendedRequest(context));
    if (result.getResultCode() != ResultCode.SUCCESS) {
      connection.close();
      throw new LDAPException(result);
    }
  }

  private TrustManager trustManager() throws GeneralSecurityException {
    if (settings.trustAnyCertificate()) {
      return new TrustAllTrustManager();
    }
    if (settings.trustedCaFile() != null) {
      return new PEMFileTrustManager(settings.trustedCaFile().toFile());
    }
    TrustManagerFactory jvmDefault = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    jvmDefault.init((KeyStore) null);
    return jvmDefault.getTrustManagers()[0];
  }
}
