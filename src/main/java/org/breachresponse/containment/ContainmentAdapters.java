package org.breachresponse.containment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.breachresponse.directory.Directory;
import org.breachresponse.directory.DirectorySettings;
import org.breachresponse.directory.EndpointProtection;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeSecrets;
import org.breachresponse.practice.Practices;

/**
 * Each practice's directory and EDR, as its stored settings say (PUT /practices/{id}/directory and /edr;
 * README.md, 'Containment'): containment of an incident acts only on its own practice's. One adapter, with its
 * own pool of directory connections, per practice and settings version; a practice whose settings changed
 * gets new adapters and its old pool is closed. With neither a directory nor an EDR, every machine and account
 * goes to a person: containment never pretends it acted.
 */
@ApplicationScoped
public class ContainmentAdapters {

  private PracticeAdapterCache cache;
  private PracticeAdapters sameForEveryPractice;

  @Inject
  private Practices practices;

  @Inject
  private Clock clock;

  @Inject
  private PracticeSecrets secrets;

  protected ContainmentAdapters() {
  }

  /** The trust-any-certificate switch is server-wide (development and test servers only). */
  @PostConstruct
  void configure() {
    boolean trustAnyCertificate = DirectorySettings.trustAnyCertificateInThisMode();
    cache = new PracticeAdapterCache(id -> practices.find(new PracticeId(id)),
        practice -> PracticeAdapters.of(practice, secrets.box(), trustAnyCertificate, clock));
  }

  /** Tests: the same adapters for every practice, and for incidents recorded without one. */
  public ContainmentAdapters(Optional<Configured<Directory>> directory,
      Optional<Configured<EndpointProtection>> endpointProtection) {
    this.sameForEveryPractice = new PracticeAdapters(0, directory, endpointProtection);
  }

  /** Closes every practice's directory connections when the application stops. */
  @PreDestroy
  void close() {
    if (cache != null) {
      cache.close();
    }
  }

  /** The directory of practice {@code practiceId}; empty if it has none (or the incident has no practice). */
  public Optional<Configured<Directory>> directory(String practiceId) {
    return of(practiceId).directory();
  }

  /** The EDR of practice {@code practiceId}; empty if it has none (or the incident has no practice). */
  public Optional<Configured<EndpointProtection>> endpointProtection(String practiceId) {
    return of(practiceId).endpointProtection();
  }

  private PracticeAdapters of(String practiceId) {
    if (sameForEveryPractice != null) {
      return sameForEveryPractice;
    }
    return practiceId == null ? PracticeAdapters.NONE : cache.get(practiceId);
  }

  /** An adapter and the name its actions are recorded under. */
  public record Configured<T>(Adapter name, T adapter) {
  }
}
