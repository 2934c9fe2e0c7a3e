package org.breachresponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The provisioned server ({@code target/server}) started as an operator starts it: a copy in its own
 * directory, {@code bin/standalone.sh} with a port offset, {@code BREACH_MODE=production}, a fresh H2 file
 * database, HTTPS from a PKCS12 keystore made here with keytool. Callers add environment variables (e.g.
 * {@code BREACH_IDENTITY_*}) and JVM options (e.g. {@code -Djdk.net.hosts.file=...}, passed through
 * {@code JDK_JAVA_OPTIONS}). Every {@code BREACH_*} variable of the test JVM is left out, so the in-server
 * tests' development settings never leak in. Clients trust the server through {@link #sslContext()},
 * {@link #trustStore()} or {@link #certificatePem()}.
 */
public final class ProductionServer implements AutoCloseable {

  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(4);

  private final Path home;
  private final int portOffset;
  private final char[] keystorePassword;
  private final Path keystore;
  private Process process;

  private ProductionServer(Path home, int portOffset) {
    this.home = home;
    this.portOffset = portOffset;
    this.keystorePassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
    this.keystore = home.resolve("tls/server.p12");
  }

  /** Copies {@code target/server} to {@code directory}/server and starts it; returns once the WAR is deployed. */
  public static ProductionServer start(Path directory, int portOffset, Map<String, String> environment, List<String> jvmOptions) {
    ProductionServer server = new ProductionServer(directory.toAbsolutePath().resolve("server"), portOffset);
    try {
      ServerCopy.copyTo(server.home);
      server.makeKeystore();
      server.launch(environment, jvmOptions);
      server.awaitDeployment();
      return server;
    } catch (IOException e) {
      server.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  /** The web apps and APIs over HTTPS, e.g. {@code https://localhost:9043/camunda/}. */
  public URI baseUrl() {
    return URI.create("https://localhost:" + (8443 + portOffset) + "/camunda/");
  }

  /** The same over plain HTTP, which production must not serve. */
  public URI plainHttpUrl() {
    return URI.create("http://localhost:" + (8080 + portOffset) + "/camunda/");
  }

  /** Trusts exactly this server's self-made certificate. */
  public SSLContext sslContext() {
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(loadKeystore());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Could not trust the test server's certificate", e);
    }
  }

  /** An HTTP client that trusts this server, follows no redirects and keeps no cookies. */
  public HttpClient httpClient() {
    return HttpClient.newBuilder().sslContext(sslContext()).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** The PKCS12 keystore with the server's key and certificate (password {@link #trustStorePassword()}). */
  public Path trustStore() {
    return keystore;
  }

  public char[] trustStorePassword() {
    return keystorePassword.clone();
  }

  /** The server's certificate as PEM, for a browser's or curl's trust. */
  public Path certificatePem() {
    try {
      Certificate certificate = loadKeystore().getCertificate("server");
      Path pem = home.resolve("tls/server.pem");
      Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n");
      return pem;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Base64 of the SHA-256 of the certificate's public key, for Chromium's
   * {@code --ignore-certificate-errors-spki-list=...}: the browser trusts this one key and checks everything else.
   */
  public String certificateSpkiSha256() {
    try {
      byte[] spki = loadKeystore().getCertificate("server").getPublicKey().getEncoded();
      return Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(spki));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the copy lives: {@code standalone/log/server.log}, {@code console.log}, {@code database/}. */
  public Path home() {
    return home;
  }

  public Path serverLog() {
    return home.resolve("standalone/log/server.log");
  }

  /** The server log's ERROR lines so far. */
  public List<String> errorLines() {
    try (Stream<String> lines = Files.lines(serverLog())) {
      return lines.filter(line -> line.contains(" ERROR ")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails naming every ERROR line of the server log. */
  public void assertNoErrorsLogged() {
    List<String> errors = errorLines();
    if (!errors.isEmpty()) {
      throw new AssertionError("The production server logged " + errors.size() + " ERROR lines:\n" + String.join("\n", errors));
    }
  }

  /** The JDBC URL of the server's H2 database, to open once the server is stopped. */
  public String databaseUrl() {
    return "jdbc:h2:file:" + home.resolve("database/breach-response").toAbsolutePath();
  }

  /** Stops the server (SIGTERM to WildFly: a graceful shutdown) and waits for it. */
  @Override
  public void close() {
    if (process == null) {
      return;
    }
    ServerShutdown.graceful(process);
    process = null;
  }

  private void makeKeystore() throws IOException {
    Files.createDirectories(keystore.getParent());
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    String password = new String(keystorePassword);
    run(List.of(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "7",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password, "-keypass", password));
  }

  private void launch(Map<String, String> extraEnvironment, List<String> jvmOptions) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
        "-Djboss.socket.binding.port-offset=" + portOffset)
        .directory(home.toFile())
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("console.log").toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("BREACH_") || name.equals("JBOSS_HOME") || name.equals("JAVA_OPTS"));
    environment.putAll(operatorEnvironment());
    if (!jvmOptions.isEmpty()) {
      environment.put("JDK_JAVA_OPTIONS", String.join(" ", jvmOptions));
    }
    environment.putAll(extraEnvironment);
    process = builder.start();
  }

  private Map<String, String> operatorEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("BREACH_MODE", "production");
    environment.put("BREACH_DB_URL", databaseUrl() + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    environment.put("BREACH_DB_USER", "breach");
    // Test-only: a random password per run for a database that lives as long as the test.
    environment.put("BREACH_DB_PASSWORD", new String(keystorePassword));
    environment.put("BREACH_TLS_KEYSTORE", keystore.toAbsolutePath().toString());
    environment.put("BREACH_TLS_KEYSTORE_PASSWORD", new String(keystorePassword));
    return environment;
  }

  private void awaitDeployment() {
    Path deployments = home.resolve("standalone/deployments");
    Instant deadline = Instant.now().plus(DEPLOY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(deployments.resolve("camunda.war.failed"))) {
        throw new IllegalStateException("The WAR failed to deploy: " + read(deployments.resolve("camunda.war.failed")) + tail());
      }
      if (Files.exists(deployments.resolve("camunda.war.deployed")) && answers()) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The production server stopped with exit code " + process.exitValue() + tail());
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException("The production server did not deploy within " + DEPLOY_TIMEOUT + tail());
  }

  private boolean answers() {
    try {
      HttpResponse<Void> response = httpClient().send(HttpRequest.newBuilder(baseUrl().resolve("app/welcome/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return response.statusCode() < 500;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private KeyStore loadKeystore() throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, keystorePassword);
    }
    return store;
  }

  private String tail() {
    return ServerCopy.tail(home.resolve("console.log"), 40);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  private static void run(List<String> command) throws IOException {
    Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(tool.getInputStream().readAllBytes());
      if (tool.waitFor() != 0) {
        throw new IllegalStateException(command.get(0) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
