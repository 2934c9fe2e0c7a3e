package org.breachresponse.directory;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.GetEntryLDAPConnectionPoolHealthCheck;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.NameResolver;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
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
public final class LdapConnector implements AutoCloseable {

  private static final int TIMEOUT_MILLIS = 10_000;
  /**
   * How many connections containment keeps open to the directory ({@code BREACH_DIRECTORY_MAX_CONNECTIONS}).
   * Few: a domain controller commits its writes one at a time, and more writers at once only make each
   * slower (docs/benchmarks.md); the job threads queue for a connection instead.
   */
  private static final int POOL_SIZE = Math.max(1, Integer.getInteger("breach.directory.max-connections", 2));
  /** A background check replaces connections the server dropped (a restarted domain controller). */
  private static final long HEALTH_CHECK_INTERVAL_MILLIS = 30_000;

  private final DirectorySettings settings;
  private final NameResolver nameResolver;
  private LDAPConnectionPool pool;
  private boolean closed;

  public LdapConnector(DirectorySettings settings) {
    this(settings, LDAPConnectionOptions.DEFAULT_NAME_RESOLVER);
  }

  /**
   * Tests: reach a directory whose certificate names a host the machine cannot resolve (a test domain
   * controller on loopback) while still verifying that name, without editing /etc/hosts.
   */
  LdapConnector(DirectorySettings settings, NameResolver nameResolver) {
    this.settings = settings;
    this.nameResolver = nameResolver;
  }

  /** A bound connection; the caller closes it. */
  public LDAPConnection connect() {
    try {
      LDAPURL url = new LDAPURL(settings.url());
      SSLUtil ssl = sslUtil();
      LDAPConnectionOptions options = new LDAPConnectionOptions();
      options.setConnectTimeoutMillis(TIMEOUT_MILLIS);
      options.setResponseTimeoutMillis(TIMEOUT_MILLIS);
      if (!settings.trustAnyCertificate()) {
        // The argument allows wildcard certificates (*.practice.local); the host name is always checked.
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
      }
      options.setNameResolver(nameResolver);
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
      if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
        // A retry cannot cure a wrong service-account password: it is a configuration error to fix.
        throw new DirectoryRefusedException("The directory at " + settings.url()
            + " refused the service account " + settings.bindDn() + ": check the practice's directory bind DN and password",
            e);
      }
      String reason = e.getDiagnosticMessage() != null ? e.getDiagnosticMessage() : e.getMessage();
      throw new DirectoryUnavailableException("Cannot reach the directory at " + settings.url() + ": "
          + e.getResultCode() + " " + reason, e);
    } catch (GeneralSecurityException e) {
      throw new DirectoryUnavailableException("Cannot set up TLS to the directory at " + settings.url(), e);
    }
  }

  /**
   * A connection from this connector's pool, bound and encrypted like {@link #connect}; closing the lease
   * returns it. A fan-out of hundreds of isolations then costs a TLS handshake and bind per pooled
   * connection, not per operation. A connection the server dropped is discarded, not reused.
   */
  private Lease lease() {
    LDAPConnectionPool current = pool();
    try {
      return new Lease(current, current.getConnection());
    } catch (LDAPException e) {
      throw new DirectoryUnavailableException("Cannot reach the directory at " + settings.url() + ": "
          + e.getResultCode() + " " + e.getDiagnosticMessage(), e);
    }
  }

  /**
   * Runs {@code work} on a pooled connection. If the server had dropped that connection (a restarted
   * domain controller), runs it once more on a fresh one: the adapters' work is idempotent.
   */
  public <T> T withConnection(LdapWork<T> work) throws LDAPException {
    try {
      return onPooledConnection(work);
    } catch (LDAPException e) {
      if (e.getResultCode() != ResultCode.SERVER_DOWN) {
        throw e;
      }
      return onPooledConnection(work);
    }
  }

  private <T> T onPooledConnection(LdapWork<T> work) throws LDAPException {
    try (Lease lease = lease()) {
      return work.run(lease.connection());
    }
  }

  /** Directory work on one connection. */
  @FunctionalInterface
  public interface LdapWork<T> {
    T run(LDAPConnection connection) throws LDAPException;
  }

  /**
   * Closes the pool for good: the practice's settings changed or the application stops. Work that still
   * asks for a connection fails as unavailable, so the engine retries it with the adapter of the new settings.
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  private synchronized LDAPConnectionPool pool() {
    if (closed) {
      throw new DirectoryUnavailableException("The connections to the directory at " + settings.url()
          + " were closed: the practice's directory settings changed; a retry uses the new ones", null);
    }
    if (pool == null || pool.isClosed()) {
      LDAPConnection first = connect();
      try {
        PostConnectProcessor startTls = isLdaps() ? null : new StartTLSPostConnectProcessor(sslUtil().createSSLContext());
        pool = new LDAPConnectionPool(first, 1, POOL_SIZE, startTls);
        pool.setMaxWaitTimeMillis(TIMEOUT_MILLIS);
        // Idle connections are checked in the background and after an error, not at every checkout: a
        // root DSE read per action would cost a round trip each. The adapters retry an action once on a
        // connection the server had dropped.
        pool.setHealthCheck(new GetEntryLDAPConnectionPoolHealthCheck(null, TIMEOUT_MILLIS,
            false, false, false, false, true, true));
        pool.setHealthCheckIntervalMillis(HEALTH_CHECK_INTERVAL_MILLIS);
        pool.setConnectionPoolName("breach-response-directory " + settings.url());
      } catch (LDAPException | GeneralSecurityException e) {
        first.close();
        throw new DirectoryUnavailableException("Cannot set up connections to the directory at " + settings.url(), e);
      }
    }
    return pool;
  }

  private boolean isLdaps() {
    return settings.url().regionMatches(true, 0, "ldaps:", 0, 6);
  }

  private SSLUtil sslUtil() throws GeneralSecurityException {
    return new SSLUtil(trustManager());
  }

  /** A pooled connection; {@link #close()} gives it back. */
  private static final class Lease implements AutoCloseable {

    private final LDAPConnectionPool pool;
    private final LDAPConnection connection;

    private Lease(LDAPConnectionPool pool, LDAPConnection connection) {
      this.pool = pool;
      this.connection = connection;
    }

    public LDAPConnection connection() {
      return connection;
    }

    @Override
    public void close() {
      if (connection.isConnected()) {
        pool.releaseConnection(connection);
      } else {
        pool.releaseDefunctConnection(connection);
      }
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
    if (settings.caCertificate() != null && !settings.caCertificate().isBlank()) {
      return CaCertificates.trustManager(settings.caCertificate());
    }
    TrustManagerFactory jvmDefault = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    jvmDefault.init((KeyStore) null);
    return jvmDefault.getTrustManagers()[0];
  }
}
