package org.breachresponse.directory;

import static org.junit.jupiter.api.Assertions.fail;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A private OpenLDAP server from Debian's {@code slapd} package, one per test JVM: mdb backend, the ppolicy
 * overlay with a default policy that demands a change after an administrator's reset, StartTLS with a
 * throwaway CA made by {@code openssl}, and a practice's tree seeded as {@link #seed} describes. It listens
 * on a free high port as whoever runs the tests, so it never touches a system slapd or the ports 389/636 a
 * Samba AD DC needs. Use it with {@code @ExtendWith(Slapd.Running.class)} and take it as a constructor
 * parameter. Without the slapd binary the tests are skipped, loudly, unless {@code CI=true}: then they fail.
 */
public final class Slapd implements AutoCloseable {

  public static final String BASE = "dc=practice,dc=test";
  public static final String ROOT_DN = "cn=admin," + BASE;
  public static final String SERVICE_DN = "cn=breach-response,ou=services," + BASE;
  public static final String QUARANTINE_OU = "ou=quarantine," + BASE;
  public static final String QUARANTINE_GROUP = "cn=quarantined-machines,ou=groups," + BASE;
  public static final String MACHINES = "ou=machines," + BASE;
  public static final String PEOPLE = "ou=people," + BASE;
  /** Known to the tests; these users' entries are in {@link #PEOPLE}. */
  public static final String USER_PASSWORD = "Initial-Password-1";
  /** Known to the tests; machines that bind to the directory themselves have it. */
  public static final String MACHINE_PASSWORD = "Machine-Password-1";

  private static final Path SLAPD = Path.of("/usr/sbin/slapd");
  private static final String ROOT_PASSWORD = "root-" + Long.toHexString(System.nanoTime());
  private static final String SERVICE_PASSWORD = "service-" + Long.toHexString(System.nanoTime());
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final Path dir;
  private final int port;
  private Process process;

  private Slapd(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Starts the JVM's slapd before the first test class that needs it; JUnit closes it after the last. */
  public static final class Running implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
      if (!Files.isExecutable(SLAPD)) {
        String reason = SLAPD + " is missing: install Debian's slapd and openssl packages "
            + "(apt-get install -y --no-install-recommends slapd openssl)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          fail("CI=true but " + reason);
        }
        System.err.println("!!! SKIPPING OpenLDAP tests: " + reason);
        Assumptions.abort("OpenLDAP tests skipped: " + reason);
      }
      context.getRoot().getStore(ExtensionContext.Namespace.create(Slapd.class))
          .getOrComputeIfAbsent(Slapd.class, key -> startNew(), Slapd.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Slapd.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(ExtensionContext.Namespace.create(Slapd.class)).get(Slapd.class);
    }
  }

  /**
   * A slapd of its own for a test outside this package (the in-server containment tests, which run as a client
   * of the test server on the same machine): the caller closes it. Fails, rather than skips, without slapd.
   */
  public static Slapd startOwn() {
    if (!Files.isExecutable(SLAPD)) {
      fail(SLAPD + " is missing: install Debian's slapd and openssl packages");
    }
    return startNew();
  }

  private static Slapd startNew() {
    try {
      Files.createDirectories(Path.of("target"));
      Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "slapd-");
      Files.createDirectories(dir.resolve("db"));
      makeCertificates(dir);
      Slapd slapd = new Slapd(dir, freePort());
      Files.writeString(dir.resolve("slapd.conf"), slapd.config());
      slapd.start();
      slapd.seed();
      return slapd;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (LDAPException e) {
      throw new IllegalStateException("Cannot seed the test slapd: " + e.getMessage(), e);
    }
  }

  /** How the adapter reaches this server: StartTLS on ldap://localhost, verifying our CA, as the service account. */
  public DirectorySettings settings() {
    return new DirectorySettings(DirectorySettings.Kind.OPENLDAP, "ldap://localhost:" + port + "/", SERVICE_DN,
        SERVICE_PASSWORD, BASE, QUARANTINE_OU, QUARANTINE_GROUP, FileTrees.read(dir.resolve("ca.pem")), false);
  }

  /** The same, bound as the rootdn, which ppolicy does not govern. */
  DirectorySettings rootSettings() {
    return new DirectorySettings(DirectorySettings.Kind.OPENLDAP, "ldap://localhost:" + port + "/", ROOT_DN,
        ROOT_PASSWORD, BASE, QUARANTINE_OU, QUARANTINE_GROUP, FileTrees.read(dir.resolve("ca.pem")), false);
  }

  /** An unencrypted, unbound connection over loopback, for the tests' own binds and reads. */
  LDAPConnection connect() throws LDAPException {
    return new LDAPConnection("127.0.0.1", port);
  }

  /** A connection bound as the rootdn. */
  public LDAPConnection admin() throws LDAPException {
    LDAPConnection connection = connect();
    connection.bind(ROOT_DN, ROOT_PASSWORD);
    return connection;
  }

  /** Every entry with all user and operational attributes, as LDIF, keyed by DN. */
  Map<String, String> snapshot() throws LDAPException {
    try (LDAPConnection admin = admin()) {
      return admin.search(BASE, SearchScope.SUB, "(objectClass=*)", "*", "+").getSearchEntries().stream()
          .collect(Collectors.toMap(Entry::getDN, Entry::toLDIFString));
    }
  }

  /** Runs the action with the server stopped, then starts it again on the same port and data. */
  void whileStopped(Runnable action) {
    stop();
    try {
      action.run();
    } finally {
      start();
    }
  }

  /** The port it listens on (loopback). */
  public int port() {
    return port;
  }

  @Override
  public void close() {
    stop();
  }

  private void start() {
    try {
      process = new ProcessBuilder(SLAPD.toString(), "-d", "0", "-h", "ldap://localhost:" + port + "/",
          "-f", dir.resolve("slapd.conf").toString())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("slapd.log").toFile()))
          .start();
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      while (!accepts()) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
          process.destroyForcibly();
          throw new IllegalStateException("slapd did not start on port " + port + "; see "
              + dir.resolve("slapd.log") + ":\n" + Files.readString(dir.resolve("slapd.log")));
        }
        Thread.sleep(10);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private boolean accepts() {
    try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private String config() {
    String service = "dn.exact=\"" + SERVICE_DN + "\"";
    return String.join("\n",
        "include /etc/ldap/schema/core.schema",
        "include /etc/ldap/schema/cosine.schema",
        "include /etc/ldap/schema/inetorgperson.schema",
        "include /etc/ldap/schema/nis.schema",
        "modulepath /usr/lib/ldap",
        "moduleload back_mdb.la",
        "moduleload ppolicy.la",
        "pidfile " + dir.resolve("slapd.pid"),
        "argsfile " + dir.resolve("slapd.args"),
        "TLSCACertificateFile " + dir.resolve("ca.pem"),
        "TLSCertificateFile " + dir.resolve("server.pem"),
        "TLSCertificateKeyFile " + dir.resolve("server.key"),
        "database mdb",
        "maxsize 16777216",
        "suffix \"" + BASE + "\"",
        "rootdn \"" + ROOT_DN + "\"",
        "rootpw " + ROOT_PASSWORD,
        "directory " + dir.resolve("db"),
        "overlay ppolicy",
        "ppolicy_default \"cn=default,ou=policies," + BASE + "\"",
        "ppolicy_use_lockout",
        // The service account may write what containment changes, and nothing needs more than write.
        "access to attrs=userPassword by " + service + " write by self write by anonymous auth by * none",
        "access to * by " + service + " write by * read",
        "");
  }

  private static void makeCertificates(Path dir) throws IOException {
    Files.writeString(dir.resolve("server.ext"), String.join("\n",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "basicConstraints=critical,CA:FALSE",
        "keyUsage=critical,digitalSignature,keyEncipherment",
        "extendedKeyUsage=serverAuth", ""));
    openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "2", "-subj", "/CN=Breach Response test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    openssl(dir, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=localhost");
    openssl(dir, "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.pem", "-days", "2", "-extfile", "server.ext");
  }

  private static void openssl(Path dir, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    Path log = dir.resolve("openssl.log");
    try {
      Process openssl = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      if (openssl.waitFor() != 0) {
        throw new IllegalStateException("openssl failed: " + command + "\n" + Files.readString(log));
      }
    } catch (IOException e) {
      throw new IOException("Cannot run openssl (Debian package openssl): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The practice: a default password policy (change after reset, lockout), the service account, people
   * jdoe, kroe, asmith, bjones (password {@link #USER_PASSWORD}), machines ws-01 to ws-05 under ou=machines
   * (ws-02 also binds itself, with {@link #MACHINE_PASSWORD}), the empty quarantine OU and the quarantine
   * group, whose placeholder member is the empty DN because groupOfNames must have a member.
   */
  private void seed() throws LDAPException {
    try (LDAPConnection admin = admin()) {
      add(admin, BASE, "objectClass", "dcObject", "objectClass", "organization", "o", "Practice", "dc", "practice");
      for (String ou : List.of("policies", "services", "people", "machines", "quarantine", "groups")) {
        add(admin, "ou=" + ou + "," + BASE, "objectClass", "organizationalUnit", "ou", ou);
      }
      add(admin, "cn=default,ou=policies," + BASE, "objectClass", "organizationalRole", "objectClass", "pwdPolicy",
          "cn", "default", "pwdAttribute", "userPassword", "pwdMustChange", "TRUE", "pwdLockout", "TRUE",
          "pwdMaxFailure", "5");
      add(admin, SERVICE_DN, "objectClass", "organizationalRole", "objectClass", "simpleSecurityObject",
          "cn", "breach-response", "userPassword", SERVICE_PASSWORD);
      for (String uid : List.of("jdoe", "kroe", "asmith", "bjones")) {
        add(admin, "uid=" + uid + "," + PEOPLE, "objectClass", "inetOrgPerson", "uid", uid, "cn", uid,
            "sn", uid, "userPassword", USER_PASSWORD);
      }
      for (String host : List.of("ws-01", "ws-03", "ws-04", "ws-05")) {
        add(admin, "cn=" + host + "," + MACHINES, "objectClass", "device", "cn", host);
      }
      add(admin, "cn=ws-02," + MACHINES, "objectClass", "device", "objectClass", "simpleSecurityObject",
          "cn", "ws-02", "userPassword", MACHINE_PASSWORD, "description", "Front desk PC");
      add(admin, QUARANTINE_GROUP, "objectClass", "groupOfNames", "cn", "quarantined-machines", "member", "");
    }
  }

  private static void add(LDAPConnection admin, String dn, String... namesAndValues) throws LDAPException {
    Entry entry = new Entry(dn);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      entry.addAttribute(namesAndValues[i], namesAndValues[i + 1]);
    }
    admin.add(entry);
  }
}
