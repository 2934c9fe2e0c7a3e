package org.breachresponse.containment;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.breachresponse.containment.ContainmentAdapters.Configured;
import org.breachresponse.directory.ActiveDirectory;
import org.breachresponse.directory.CrowdStrikeFalcon;
import org.breachresponse.directory.DefenderForEndpoint;
import org.breachresponse.directory.Directory;
import org.breachresponse.directory.DirectorySettings;
import org.breachresponse.directory.EdrSettings;
import org.breachresponse.directory.EndpointProtection;
import org.breachresponse.directory.OpenLdapDirectory;
import org.breachresponse.practice.DirectoryConnection;
import org.breachresponse.practice.EdrConnection;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.SecretBox;

/**
 * One practice's directory and EDR adapters, built from one version of its stored settings.
 *
 * @param version the practice row's version they were built from; a later version needs new ones
 */
record PracticeAdapters(int version, Optional<Configured<Directory>> directory,
    Optional<Configured<EndpointProtection>> endpointProtection) implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PracticeAdapters.class.getName());

  /** No practice: everything by hand. */
  static final PracticeAdapters NONE = new PracticeAdapters(-1, Optional.empty(), Optional.empty());

  static PracticeAdapters of(Practice practice, SecretBox secrets, boolean trustAnyCertificate, Clock clock) {
    return new PracticeAdapters(practice.version(), directoryOf(practice, secrets, trustAnyCertificate),
        edrOf(practice, secrets, clock));
  }

  /** Closes the directory's pooled connections; the adapters are not used afterwards. */
  @Override
  public void close() {
    directory.ifPresent(configured -> configured.adapter().close());
  }

  static DirectorySettings directorySettings(Practice practice, SecretBox secrets, boolean trustAnyCertificate) {
    DirectoryConnection connection = practice.directory();
    return new DirectorySettings(DirectorySettings.Kind.parse(connection.kind()), connection.url(),
        connection.bindDn(), practice.directoryBindPassword(secrets).orElse(""), connection.baseDn(),
        connection.quarantineOu(), connection.quarantineGroup(), connection.caCertificate(), trustAnyCertificate);
  }

  static EdrSettings edrSettings(Practice practice, SecretBox secrets) {
    EdrConnection connection = practice.edr();
    return EdrSettings.of(EdrSettings.Kind.parse(connection.kind()), connection.apiBase(), connection.tokenUrl(),
        connection.tenant(), connection.clientId(), practice.edrClientSecret(secrets).orElse(""));
  }

  private static Optional<Configured<Directory>> directoryOf(Practice practice, SecretBox secrets,
      boolean trustAnyCertificate) {
    DirectorySettings.Kind kind = DirectorySettings.Kind.parse(practice.directory().kind());
    if (kind == DirectorySettings.Kind.NONE) {
      return Optional.empty();
    }
    DirectorySettings settings = directorySettings(practice, secrets, trustAnyCertificate);
    if (trustAnyCertificate) {
      LOG.warning(() -> "breach.directory.trust-any-certificate is on: the certificate and host name of practice "
          + practice.id() + "'s directory are NOT checked. This is for tests only.");
    }
    return Optional.of(switch (kind) {
      case ACTIVE_DIRECTORY -> new Configured<>(Adapter.ACTIVE_DIRECTORY, new ActiveDirectory(settings));
      case OPENLDAP -> new Configured<>(Adapter.OPENLDAP, new OpenLdapDirectory(settings));
      case NONE -> throw new IllegalStateException("unreachable");
    });
  }

  private static Optional<Configured<EndpointProtection>> edrOf(Practice practice, SecretBox secrets, Clock clock) {
    EdrSettings.Kind kind = EdrSettings.Kind.parse(practice.edr().kind());
    if (kind == EdrSettings.Kind.NONE) {
      return Optional.empty();
    }
    EdrSettings settings = edrSettings(practice, secrets);
    return Optional.of(switch (kind) {
      case DEFENDER_FOR_ENDPOINT ->
          new Configured<>(Adapter.DEFENDER_FOR_ENDPOINT, new DefenderForEndpoint(settings, clock));
      case CROWDSTRIKE_FALCON -> new Configured<>(Adapter.CROWDSTRIKE_FALCON, new CrowdStrikeFalcon(settings, clock));
      case NONE -> throw new IllegalStateException("unreachable");
    });
  }

  @Override
  public String toString() {
    return "PracticeAdapters[version " + version + ", " + directory.map(c -> c.name().toString()).orElse("no directory")
        + ", " + endpointProtection.map(c -> c.name().toString()).orElse("no EDR") + "]";
  }
}
