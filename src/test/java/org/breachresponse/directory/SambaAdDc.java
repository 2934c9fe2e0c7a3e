package org.breachresponse.directory;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Samba Active Directory domain controller for the tests, from Debian's packages
 * (docs/platform-notes.md, 'Samba Active Directory for tests'):
 * realm PRACTICE.TEST, provisioned once per JVM into {@code target/samba-ad/template}, run from a copy in
 * {@code target/samba-ad/dc} and stopped by a shutdown hook. LDAP's ports 389 and 636 cannot be moved, so
 * there is one DC per machine and it needs root.
 *
 * <p>Seeded as a small practice: computers WS-01 (enabled), WS-02 (enabled, password never expires) and
 * WS-03 (disabled) in OU=Workstations; users jdoe and asmith in OU=Staff with {@link #STAFF_PASSWORD};
 * OU=Quarantine holding the group CN=Quarantined Machines. A test class that changes entries others rely
 * on starts with {@link #fresh()}.
 *
 * <p>The DC's certificate names {@value #HOST}, which no DNS here resolves. Connections made through
 * {@link #connector} resolve that one name to loopback inside the LDAP SDK and verify certificate and name
 * against the DC's own CA, as production does; /etc/hosts stays untouched.
 *
 * <p>Without Samba or root the tests are skipped with the reason, except on CI ({@code CI=true}), where
 * they fail: a CI run that silently tested no directory would prove nothing.
 */
public final class SambaAdDc {

  public static final String HOST = "dc1.practice.test";
  public static final String BASE_DN = "DC=practice,DC=test";
  public static final String ADMIN_DN = "CN=Administrator,CN=Users," + BASE_DN;
  public static final String WORKSTATIONS = "OU=Workstations," + BASE_DN;
  public static final String STAFF = "OU=Staff," + BASE_DN;
  public static final String QUARANTINE = "OU=Quarantine," + BASE_DN;
  public static final String QUARANTINE_GROUP = "CN=Quarantined Machines," + QUARANTINE;
  public static final String STAFF_PASSWORD = "Staff-Test-Passw0rd!";
  public static final int WORKSTATION = 0x1000;
  public static final int DONT_EXPIRE_PASSWORD = 0x10000;

  private static final String ADMIN_PASSWORD = "Admin-Test-Passw0rd!";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Path ROOT = Path.of("target", "samba-ad").toAbsolutePath();
  private static final Path TEMPLATE = ROOT.resolve("template");
  private static final Path DC = ROOT.resolve("dc");

  private static SambaAdDc running;

  private Process samba;

  private SambaAdDc() {
  }

  /** A DC seeded as described above and not yet changed by any test (a copy of the template, ~3 s). */
  public static synchronized SambaAdDc fresh() {
    if (running == null) {
      running = provisionAndStart();
    } else {
      running.stop();
      running.startFromTemplate();
    }
    return running;
  }

  /**
   * The running DC as earlier tests left it, started if none is: for tests that add entries of their own
   * and must not restart a DC the test server may hold connections to.
   */
  public static synchronized SambaAdDc shared() {
    if (running == null) {
      running = provisionAndStart();
    }
    running.start();
    return running;
  }

  /** Settings for the adapter: LDAPS to the DC, its CA trusted, its certificate's name checked. */
  public DirectorySettings settings() {
    return settings("ldaps://" + HOST + ":636");
  }

  public DirectorySettings settings(String url) {
    return new DirectorySettings(DirectorySettings.Kind.ACTIVE_DIRECTORY, url, ADMIN_DN, ADMIN_PASSWORD, BASE_DN,
        QUARANTINE, QUARANTINE_GROUP, FileTrees.read(caFile()), false);
  }

  /** The PEM file of the CA that signed the DC's certificate. */
  public Path caFile() {
    return DC.resolve("private/tls/ca.pem");
  }

  /** The DC's own database, for {@code samba-tool ... -H} (e.g. delegating rights with {@code dsacl set}). */
  public Path samDatabase() {
    return DC.resolve("private/sam.ldb");
  }

  /** Connects as {@code settings} say, resolving {@value #HOST} to loopback. */
  public static LdapConnector connector(DirectorySettings settings) {
    return new LdapConnector(settings, new LoopbackResolver(HOST));
  }

  public LDAPConnection connectAsAdministrator() {
    return connector(settings()).connect();
  }

  /** Binds as a user over LDAPS; empty when it worked, else why the DC refused (AD's "data 52e", "data 773"). */
  public Optional<LDAPException> bind(String bindDn, String password) {
    DirectorySettings base = settings();
    DirectorySettings asUser = new DirectorySettings(base.kind(), base.url(), bindDn, password, base.baseDn(),
        base.quarantineOu(), base.quarantineGroup(), base.caCertificate(), false);
    try (LDAPConnection connection = connector(asUser).connect()) {
      return Optional.empty();
    } catch (DirectoryUnavailableException | IllegalStateException e) {
      // wrong credentials are a configuration error for the service account, but here the answer we want
      return Optional.of((LDAPException) e.getCause());
    }
  }

  public String addComputer(String name, int accountFlags) {
    Entry entry = computerEntry(name, accountFlags);
    add(entry.getDN(), entry.getAttributes().toArray(Attribute[]::new));
    return entry.getDN();
  }

  public String addUser(String name) {
    Entry entry = userEntry(name);
    add(entry.getDN(), entry.getAttributes().toArray(Attribute[]::new));
    return entry.getDN();
  }

  /** A computer account in OU=Workstations, as a practice's workstations are joined. */
  public static Entry computerEntry(String name, int accountFlags) {
    return new Entry(child(WORKSTATIONS, name),
        new Attribute("objectClass", "computer"),
        new Attribute("sAMAccountName", name.toUpperCase(Locale.ROOT) + "$"),
        new Attribute("dNSHostName", name.toLowerCase(Locale.ROOT) + ".practice.test"),
        new Attribute("userAccountControl", Integer.toString(accountFlags)));
  }

  /** An enabled user in OU=Staff whose password is {@link #STAFF_PASSWORD}. */
  public static Entry userEntry(String name) {
    return new Entry(child(STAFF, name),
        new Attribute("objectClass", "user"), new Attribute("sAMAccountName", name),
        new Attribute("userPrincipalName", name + "@practice.test"),
        new Attribute("unicodePwd", TemporaryPasswords.activeDirectoryUnicodePwd(STAFF_PASSWORD.toCharArray())),
        new Attribute("userAccountControl", "512"));
  }

  /** Stops the DC (SIGTERM), as when the practice's server is down; {@link #start} brings it back. */
  public synchronized void stop() {
    if (samba == null) {
      return;
    }
    List<ProcessHandle> workers = samba.descendants().toList();
    samba.destroy();
    awaitExit(samba.toHandle());
    workers.forEach(SambaAdDc::awaitExit);
    samba = null;
  }

  /** Starts the DC again with what it held when stopped. */
  public synchronized void start() {
    if (samba == null) {
      samba = launch();
    }
  }

  private static SambaAdDc provisionAndStart() {
    Path sambaTool = requireExecutable("samba-tool");
    requireExecutable("samba");
    requireRoot();
    Instant begun = Instant.now();
    FileTrees.delete(ROOT);
    run(List.of(sambaTool.toString(), "domain", "provision", "--realm=PRACTICE.TEST", "--domain=PRACTICE",
        "--server-role=dc", "--dns-backend=NONE", "--host-name=DC1", "--targetdir=" + TEMPLATE, "--use-rfc2307",
        "--adminpass=" + ADMIN_PASSWORD, "--option=interfaces=lo", "--option=bind interfaces only=yes"),
        ROOT.resolve("provision.log"));
    keepEverythingInside(TEMPLATE);
    SambaAdDc dc = new SambaAdDc();
    Runtime.getRuntime().addShutdownHook(new Thread(dc::stop, "samba-ad-dc-stop"));
    dc.startFromTemplate();
    System.out.printf("Samba AD DC provisioned, started and seeded in %d ms (%s)%n",
        Duration.between(begun, Instant.now()).toMillis(), DC);
    return dc;
  }

  private void startFromTemplate() {
    FileTrees.delete(DC);
    FileTrees.copy(TEMPLATE, DC);
    FileTrees.replace(DC.resolve("etc/smb.conf"), TEMPLATE.toString(), DC.toString());
    samba = launch();
    keepCertificates();
    seed();
  }

  /** The first start made the DC's CA and certificate; later copies reuse them and start faster. */
  private static void keepCertificates() {
    if (!Files.exists(TEMPLATE.resolve("private/tls/ca.pem"))) {
      FileTrees.copy(DC.resolve("private/tls"), TEMPLATE.resolve("private/tls"));
    }
  }

  /**
   * Log, pid and socket directories into the DC's own directory (the defaults under /var and /run belong to
   * a system Samba), and only the LDAP service: the tests need neither SMB, Kerberos nor RPC. {@code ldap
   * server require strong auth} keeps its default (yes): the adapter binds only over LDAPS or StartTLS, and
   * a plain-text bind being refused is what a real DC does too.
   */
  private static void keepEverythingInside(Path dir) {
    Path conf = dir.resolve("etc/smb.conf");
    List<String> lines = new ArrayList<>();
    for (String line : FileTrees.read(conf).split("\n")) {
      String key = line.strip().split("=", 2)[0].strip();
      if (!key.equals("log file") && !key.equals("server services")) {
        lines.add(line);
      }
      if (line.strip().equals("[global]")) {
        lines.add("\tlog file = " + dir.resolve("log/samba.log"));
        lines.add("\tpid directory = " + dir.resolve("run"));
        lines.add("\twinbindd socket directory = " + dir.resolve("run/winbindd"));
        lines.add("\tntp signd socket directory = " + dir.resolve("run/ntp_signd"));
        lines.add("\tncalrpc dir = " + dir.resolve("run/ncalrpc"));
        lines.add("\tserver services = ldap");
      }
    }
    FileTrees.write(conf, String.join("\n", lines) + "\n");
  }

  private Process launch() {
    stopLeftOverFromEarlierRun();
    requirePortsFree();
    try {
      Files.createDirectories(DC.resolve("log"));
      Files.createDirectories(DC.resolve("run"));
      Process process = new ProcessBuilder(requireExecutable("samba").toString(), "--foreground",
          "--no-process-group", "-s", DC.resolve("etc/smb.conf").toString())
          .redirectErrorStream(true)
          .redirectOutput(DC.resolve("log/samba.out").toFile())
          .start();
      awaitLdap(process);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitLdap(Process process) {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    DirectoryUnavailableException last = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        fail("samba exited with " + process.exitValue() + "; see " + DC.resolve("log"));
      }
      if (Files.exists(DC.resolve("private/tls/ca.pem"))) {
        try (LDAPConnection connection = connector(settings()).connect()) {
          return;
        } catch (DirectoryUnavailableException e) {
          last = e;
        }
      }
      sleep(100);
    }
    process.destroy();
    fail("Samba AD DC did not answer LDAPS within " + START_TIMEOUT + "; see " + DC.resolve("log"), last);
  }

  private void seed() {
    for (String ou : List.of(WORKSTATIONS, STAFF, QUARANTINE)) {
      add(ou, new Attribute("objectClass", "organizationalUnit"));
    }
    add(QUARANTINE_GROUP, new Attribute("objectClass", "group"),
        new Attribute("sAMAccountName", "Quarantined Machines"));
    addComputer("WS-01", WORKSTATION);
    addComputer("WS-02", WORKSTATION | DONT_EXPIRE_PASSWORD);
    addComputer("WS-03", WORKSTATION | ActiveDirectory.ACCOUNT_DISABLED);
    addUser("jdoe");
    addUser("asmith");
  }

  private void add(String dn, Attribute... attributes) {
    try (LDAPConnection connection = connectAsAdministrator()) {
      connection.add(dn, attributes);
    } catch (LDAPException e) {
      throw new IllegalStateException("Seeding " + dn + " failed: " + e.getMessage(), e);
    }
  }

  private static String child(String parent, String cn) {
    try {
      return new DN(new RDN("CN", cn), new DN(parent)).toString();
    } catch (LDAPException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A samba this fixture started in an earlier JVM that was killed before its shutdown hook ran. */
  private static void stopLeftOverFromEarlierRun() {
    Path pidFile = DC.resolve("run/samba.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    String conf = DC.resolve("etc/smb.conf").toString();
    ProcessHandle.of(Long.parseLong(FileTrees.read(pidFile).strip()))
        .filter(p -> p.info().commandLine().map(line -> line.contains(conf)).orElse(false))
        .ifPresent(leftOver -> {
          List<ProcessHandle> workers = leftOver.descendants().toList();
          leftOver.destroy();
          awaitExit(leftOver);
          workers.forEach(SambaAdDc::awaitExit);
        });
  }

  private static void requirePortsFree() {
    for (int port : new int[] {389, 636}) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        fail("Port " + port + " is taken by another directory server (a system samba or slapd?); "
            + "stop it first: the test DC needs 389 and 636");
      } catch (IOException free) {
        // nothing listens: good
      }
    }
  }

  private static void awaitExit(ProcessHandle process) {
    try {
      process.onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception stillRunning) {
      process.destroyForcibly();
    }
  }

  private static Path requireExecutable(String name) {
    return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
            Stream.of("/usr/sbin", "/usr/bin", "/sbin"))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseGet(() -> unusable(name + " is not installed; install Debian's samba samba-ad-dc "
            + "samba-ad-provision winbind ldb-tools ldap-utils"));
  }

  private static void requireRoot() {
    try {
      if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
        unusable("the Samba AD DC must run as root (LDAP ports 389 and 636)");
      }
    } catch (IOException | UnsupportedOperationException e) {
      unusable("cannot tell whether this runs as root: " + e);
    }
  }

  private static <T> T unusable(String reason) {
    String message = "NO ACTIVE DIRECTORY TESTS: " + reason;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return fail(message);
    }
    System.err.println("*** " + message + " ***");
    return abort(message);
  }

  private static void run(List<String> command, Path log) {
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        fail(command.get(0) + " " + command.get(1) + " " + command.get(2) + " failed; see " + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

}
