package org.breachresponse.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * LDAPS to the directory trusting exactly the CA in {@code BREACH_IDENTITY_CA_FILE}, with the certificate's
 * host name checked against the URL's host. Camunda's LDAP plugin talks JNDI, which takes its socket factory as
 * a class name ({@code java.naming.ldap.factory.socket}) and calls its static {@code getDefault()}; the CA is
 * therefore installed once, by {@link #trust(Path)}, before the engine starts. There is no trust-all: a
 * certificate not signed by that CA or not naming the host is refused, and sign-in fails.
 *
 * <p>Names resolve as the JVM resolves them. The test domain controller's certificate names {@code
 * dc1.practice.test}, which no DNS here knows: tests use a subclass that resolves that one name to loopback
 * (and still check certificate and name); a whole server reaches it with {@code -Djdk.net.hosts.file=FILE}
 * listing {@code 127.0.0.1 dc1.practice.test localhost} (the JDK then reads only that file).
 *
 * <p>JNDI loads the class through the thread's context class loader, which on WildFly's request threads is
 * this WAR's: sign-in (Tasklist, Cockpit, Admin, our API) always runs there.
 */
public class DirectoryTlsSocketFactory extends SocketFactory {

  static final int CONNECT_TIMEOUT_MILLIS = 10_000;

  private static volatile SSLSocketFactory trusted;

  /** Trusts only the CA certificates in {@code caFile} (PEM) from now on. */
  public static void trust(Path caFile) {
    trusted = tls(caFile);
  }

  /** Called by JNDI for every connection. */
  public static SocketFactory getDefault() {
    return new DirectoryTlsSocketFactory();
  }

  /** The address to connect to for {@code host}; the certificate is checked against {@code host} itself. */
  protected InetAddress resolve(String host) throws IOException {
    return InetAddress.getByName(host);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    SSLSocketFactory factory = trusted;
    if (factory == null) {
      throw new IOException("No CA trusted for the directory: DirectoryTlsSocketFactory.trust was not called");
    }
    Socket plain = new Socket();
    try {
      plain.connect(new InetSocketAddress(resolve(host), port), CONNECT_TIMEOUT_MILLIS);
      SSLSocket socket = (SSLSocket) factory.createSocket(plain, host, port, true);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("LDAPS");
      socket.setSSLParameters(parameters);
      socket.startHandshake();
      return socket;
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return createSocket(host.getHostName(), port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return createSocket(address.getHostName(), port);
  }

  private static SSLSocketFactory tls(Path caFile) {
    try (InputStream pem = Files.newInputStream(caFile)) {
      KeyStore cas = KeyStore.getInstance(KeyStore.getDefaultType());
      cas.load(null, null);
      int index = 0;
      for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
        cas.setCertificateEntry("directory-ca-" + index++, certificate);
      }
      if (index == 0) {
        throw new IllegalStateException("BREACH_IDENTITY_CA_FILE " + caFile + " holds no certificate");
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(cas);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context.getSocketFactory();
    } catch (IOException e) {
      throw new UncheckedIOException("BREACH_IDENTITY_CA_FILE " + caFile + " cannot be read", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("BREACH_IDENTITY_CA_FILE " + caFile + " is not a PEM certificate", e);
    }
  }
}
