package org.breachresponse.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;
import org.breachresponse.process.ApplicationSettings;

/**
 * How to reach one practice's directory. Containment builds it from the practice's stored settings
 * (containment/ContainmentAdapters); the {@code breach.directory.*} system properties, which WildFly sets
 * from the {@code BREACH_DIRECTORY_*} environment variables (wildfly-config/settings.cli; README.md), only
 * seed the first practice of a new installation (engine/FirstPractice).
 *
 * @param kind                which adapter: active-directory, openldap, or none (containment by hand)
 * @param url                 {@code ldaps://dc1.practice.local:636} or {@code ldap://…:389} (then StartTLS)
 * @param bindDn              the service account that may disable, move and reset
 * @param bindPassword        its password
 * @param baseDn              where machines and users are searched
 * @param quarantineOu        DN of the OU isolated machines are moved into
 * @param quarantineGroup     DN of the group isolated machines are added to
 * @param caCertificate       PEM text of the CA(s) that signed the directory's certificate; null: the JVM's
 *                            trusted CAs
 * @param trustAnyCertificate tests only: accept any certificate and host name (development mode only;
 *                            production always verifies the certificate and host name)
 */
public record DirectorySettings(Kind kind, String url, String bindDn, String bindPassword, String baseDn,
    String quarantineOu, String quarantineGroup, String caCertificate, boolean trustAnyCertificate) {

  /** The directory products we have adapters for. */
  public enum Kind {
    ACTIVE_DIRECTORY, OPENLDAP, NONE;

    /** {@code active-directory}, {@code ACTIVE_DIRECTORY} … */
    public static Kind parse(String text) {
      return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  public static DirectorySettings fromSystemProperties() {
    String ca = System.getProperty("breach.directory.ca-file", "");
    return new DirectorySettings(
        Kind.parse(System.getProperty("breach.directory.kind", "none")),
        System.getProperty("breach.directory.url", ""),
        System.getProperty("breach.directory.bind-dn", ""),
        System.getProperty("breach.directory.bind-password", ""),
        System.getProperty("breach.directory.base-dn", ""),
        System.getProperty("breach.directory.quarantine-ou", ""),
        System.getProperty("breach.directory.quarantine-group", ""),
        ca.isBlank() ? null : readPem(Path.of(ca.strip())),
        trustAnyCertificateInThisMode());
  }

  private static String readPem(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read BREACH_DIRECTORY_CA_FILE " + file, e);
    }
  }

  /**
   * {@code breach.directory.trust-any-certificate}: a server-wide switch for development and test servers
   * only (a test domain controller's self-made certificate); ignored, with a warning, in production.
   */
  public static boolean trustAnyCertificateInThisMode() {
    boolean asked = Boolean.parseBoolean(System.getProperty("breach.directory.trust-any-certificate", "false"));
    if (asked && !ApplicationSettings.fromSystemProperties().development()) {
      Logger.getLogger(DirectorySettings.class.getName()).warning(
          "breach.directory.trust-any-certificate is ignored in production: the directory's certificate is verified");
      return false;
    }
    return asked;
  }

  @Override
  public String toString() {
    return "DirectorySettings[" + kind + " " + url + " as " + bindDn + "]";
  }
}
