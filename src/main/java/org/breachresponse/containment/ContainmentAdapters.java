package org.breachresponse.containment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.breachresponse.directory.ActiveDirectory;
import org.breachresponse.directory.CrowdStrikeFalcon;
import org.breachresponse.directory.DefenderForEndpoint;
import org.breachresponse.directory.Directory;
import org.breachresponse.directory.DirectorySettings;
import org.breachresponse.directory.EdrSettings;
import org.breachresponse.directory.EndpointProtection;
import org.breachresponse.directory.OpenLdapDirectory;

/**
 * The practice's directory and EDR as configured (BREACH_DIRECTORY_KIND, BREACH_EDR_KIND; README.md). With
 * neither, every machine and account goes to a person: containment never pretends it acted.
 */
@ApplicationScoped
public class ContainmentAdapters {

  private static final Logger LOG = Logger.getLogger(ContainmentAdapters.class.getName());

  private Optional<Configured<Directory>> directory;
  private Optional<Configured<EndpointProtection>> endpointProtection;

  @Inject
  private Clock clock;

  protected ContainmentAdapters() {
  }

  /** From the {@code breach.directory.*} and {@code breach.edr.*} system properties. */
  @PostConstruct
  void configure() {
    directory = directoryFrom(DirectorySettings.fromSystemProperties());
    endpointProtection = edrFrom(EdrSettings.fromSystemProperties(), clock);
  }

  public ContainmentAdapters(Optional<Configured<Directory>> directory,
      Optional<Configured<EndpointProtection>> endpointProtection) {
    this.directory = directory;
    this.endpointProtection = endpointProtection;
  }

  /** Closes the directory's pooled connections when the application stops. */
  @PreDestroy
  void close() {
    directory.ifPresent(configured -> configured.adapter().close());
  }

  public Optional<Configured<Directory>> directory() {
    return directory;
  }

  public Optional<Configured<EndpointProtection>> endpointProtection() {
    return endpointProtection;
  }

  private static Optional<Configured<Directory>> directoryFrom(DirectorySettings settings) {
    if (settings.trustAnyCertificate() && settings.kind() != DirectorySettings.Kind.NONE) {
      LOG.warning("breach.directory.trust-any-certificate is on: the directory's certificate and host name are NOT"
          + " checked. This is for tests only; never use it with a practice's directory.");
    }
    return switch (settings.kind()) {
      case ACTIVE_DIRECTORY -> Optional.of(new Configured<>(Adapter.ACTIVE_DIRECTORY, new ActiveDirectory(settings)));
      case OPENLDAP -> Optional.of(new Configured<>(Adapter.OPENLDAP, new OpenLdapDirectory(settings)));
      case NONE -> Optional.empty();
    };
  }

  private static Optional<Configured<EndpointProtection>> edrFrom(EdrSettings settings, Clock clock) {
    return switch (settings.kind()) {
      case DEFENDER_FOR_ENDPOINT ->
          Optional.of(new Configured<>(Adapter.DEFENDER_FOR_ENDPOINT, new DefenderForEndpoint(settings, clock)));
      case CROWDSTRIKE_FALCON ->
          Optional.of(new Configured<>(Adapter.CROWDSTRIKE_FALCON, new CrowdStrikeFalcon(settings, clock)));
      case NONE -> Optional.empty();
    };
  }

  /** An adapter and the name its actions are recorded under. */
  public record Configured<T>(Adapter name, T adapter) {
  }
}
